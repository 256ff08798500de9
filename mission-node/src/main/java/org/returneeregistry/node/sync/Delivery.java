package org.returneeregistry.node.sync;

/**
 * The registry's answer about one notification: the node status it leads to and what the registry said.
 *
 * @param status ACKNOWLEDGED, HELD, CONFLICT or REFUSED
 */
public record Delivery(
        String notificationId,
        String status,
        String registryStatus,
        String registryNumber,
        String match,
        String problemCode,
        String problem) {}
