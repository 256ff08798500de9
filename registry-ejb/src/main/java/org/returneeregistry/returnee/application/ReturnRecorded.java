package org.returneeregistry.returnee.application;

/** Where a reported return was recorded: the returnee's number and whether it was registered just now. */
public record ReturnRecorded(String registryNumber, boolean newlyRegistered) {
}
