package org.returneeregistry.exchange.application;

/**
 * The X-Road v4.0 header block of a message as the message log records it: each value as text (an identifier as
 * {@code objectType:instance/class/member[/subsystem[/service[/version]]]}), null when the header was absent.
 */
public record XRoadHeader(
        String client,
        String service,
        String id,
        String userId,
        String issue,
        String protocolVersion,
        String representedParty) {

    public static final XRoadHeader NONE = new XRoadHeader(null, null, null, null, null, null, null);
}
