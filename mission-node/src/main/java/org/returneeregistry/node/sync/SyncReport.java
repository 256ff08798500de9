package org.returneeregistry.node.sync;

/**
 * What one synchronisation did.
 *
 * @param ran false when another synchronisation was running (this one did nothing)
 * @param linkProblem why the registry could not be reached, or null
 */
public record SyncReport(
        boolean ran,
        int sent,
        int acknowledged,
        int held,
        int conflicts,
        int refused,
        String linkProblem,
        long millis) {}
