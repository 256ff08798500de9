package org.returneeregistry.node.sync;

/**
 * What one synchronisation did.
 *
 * @param ran false when another synchronisation was running (this one did nothing)
 * @param consentsRecorded consents the registry recorded (or had recorded, for a repeat) in this synchronisation
 * @param linkProblem why the registry could not be reached, or null
 */
public record SyncReport(
        boolean ran,
        int sent,
        int acknowledged,
        int held,
        int conflicts,
        int refused,
        int consentsRecorded,
        String linkProblem,
        long millis) {}
