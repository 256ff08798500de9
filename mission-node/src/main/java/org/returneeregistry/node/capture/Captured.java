package org.returneeregistry.node.capture;

import java.time.OffsetDateTime;

/** One captured notification as the node's lists show it (no personal data besides the name, none once purged). */
public record Captured(
        String notificationId,
        String displayName,
        OffsetDateTime capturedAt,
        String capturedBy,
        String status,
        int attempts,
        String registryStatus,
        String registryNumber,
        String match,
        String problemCode,
        String problem,
        String corrects,
        String correctedBy,
        boolean hasConsentForm,
        boolean purged,
        String consentStatus,
        String consentId) {}
