package org.returneeregistry.notification.application;

/** A batch has been accepted; once its transaction commits, the job may start on it. */
public record BatchAccepted(String batchId) {}
