package org.returneeregistry.notification.application;

import java.util.List;
import org.returneeregistry.shared.domain.Violation;

/**
 * One item's outcome: its acknowledgement (registry number, status, match) when taken in or replayed, the
 * refusal (code, message, violations per field) when refused, nothing yet while pending.
 */
public record BatchItemView(
        int row,
        String notificationId,
        String outcome,
        String registryNumber,
        String notificationStatus,
        String match,
        String refusalCode,
        String refusalMessage,
        List<Violation> violations) {}
