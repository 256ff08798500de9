package org.returneeregistry.returnee.application;

/**
 * A registrar registered a returnee directly (not from a mission's notification). Fired inside the
 * registration's transaction, so what observers write commits or rolls back with it.
 */
public record ReturneeRegistered(String registryNumber) {}
