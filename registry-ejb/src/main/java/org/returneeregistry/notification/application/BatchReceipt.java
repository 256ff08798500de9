package org.returneeregistry.notification.application;

import java.time.Instant;

/** The answer to an accepted batch: durable, and processing. */
public record BatchReceipt(String batchId, String missionCode, int itemCount, String state, Instant createdAt) {}
