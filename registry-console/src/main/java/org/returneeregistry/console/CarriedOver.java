package org.returneeregistry.console;

/**
 * Request attributes that carry a value from one page's action on to the page it forwards to — never through the
 * address, where personal data must not appear.
 */
public final class CarriedOver {

    /** A registry number carried on to a form (e.g. from a notification to its consent form). */
    public static final String REGISTRY_NUMBER = "org.returneeregistry.console.registryNumber";

    private CarriedOver() {}
}
