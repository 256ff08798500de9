package org.returneeregistry.returnee.application;

/**
 * Where a reported return went: recorded on a returnee registered just now ({@code CREATED}), on the
 * returnee holding the identifier ({@code MATCHED}), or nowhere yet ({@code HELD}): the identifier is
 * held by {@code registryNumber} but the name or date of birth disagrees ({@code reviewReason}), and
 * a registrar decides.
 */
public record ReturnRecorded(String registryNumber, Outcome outcome, String reviewReason) {

    public enum Outcome { CREATED, MATCHED, HELD }

    public boolean newlyRegistered() {
        return outcome == Outcome.CREATED;
    }

    public boolean held() {
        return outcome == Outcome.HELD;
    }
}
