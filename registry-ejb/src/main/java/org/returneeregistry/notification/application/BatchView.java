package org.returneeregistry.notification.application;

import java.time.Instant;
import java.util.List;

/** A batch's progress and counts, with one page of its items' outcomes in row order. */
public record BatchView(
        String batchId,
        String missionCode,
        String format,
        String state,
        int itemCount,
        int done,
        int accepted,
        int replayed,
        int refused,
        Instant createdAt,
        Instant finishedAt,
        int page,
        int pageSize,
        List<BatchItemView> items) {}
