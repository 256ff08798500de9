package org.returneeregistry.node.sync;

/** The registry cannot be reached or does not take the node's calls now; what waits keeps waiting. */
public class LinkDown extends Exception {

    private static final long serialVersionUID = 1L;

    public LinkDown(String message, Throwable cause) {
        super(message, cause);
    }
}
