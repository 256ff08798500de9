package org.returneeregistry.agreement.domain;

/** Which way a message crosses the border, seen from this registry (code list {@code exchange-direction}). */
public enum Direction {
    OUTBOUND,
    INBOUND;

    public static final int LENGTH = 16;
}
