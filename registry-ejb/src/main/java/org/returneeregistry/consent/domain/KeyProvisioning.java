package org.returneeregistry.consent.domain;

/**
 * Where one of the registry's keys comes from at start-up. Production ({@code registry.profile=production})
 * takes only a key the operator provided — in configuration (usually a Payara password alias) or as a
 * key file in a directory the operator named — and refuses to start without one; elsewhere a key is
 * generated once into a file of the key directory. A key file anyone but its owner can read is refused
 * in every profile: it is as good as published.
 */
public final class KeyProvisioning {

    public enum Action { USE_CONFIGURED, USE_FILE, GENERATE_FILE, REFUSE_START }

    /** What to do, and why, in words an operator can act on. */
    public record Decision(Action action, String reason) {

        public boolean refused() {
            return action == Action.REFUSE_START;
        }
    }

    /** The facts gathered at start-up about one key. */
    public record Facts(String key, String property, String fileName, boolean production, boolean configured,
                        boolean directoryConfigured, boolean fileExists, boolean fileOwnerOnly) {
    }

    private KeyProvisioning() {
    }

    public static Decision decide(Facts f) {
        if (f.configured()) {
            return new Decision(Action.USE_CONFIGURED, "the " + f.key() + " is configured (" + f.property() + ")");
        }
        if (f.production() && !f.directoryConfigured()) {
            return new Decision(Action.REFUSE_START, "registry.profile is production and no " + f.key()
                    + " is provided: set " + f.property() + " (e.g. to a password alias ${ALIAS=…}) or"
                    + " registry.keys.directory to a directory holding " + f.fileName() + " (owner-only)");
        }
        if (f.fileExists() && !f.fileOwnerOnly()) {
            return new Decision(Action.REFUSE_START, "the key file " + f.fileName() + " can be read by others than"
                    + " its owner; restrict it (chmod 600) and its directory (chmod 700)");
        }
        if (f.fileExists()) {
            return new Decision(Action.USE_FILE, "the " + f.key() + " is read from " + f.fileName());
        }
        if (f.production()) {
            return new Decision(Action.REFUSE_START, "registry.profile is production and registry.keys.directory"
                    + " holds no " + f.fileName() + "; place the " + f.key() + " there (owner-only) or set "
                    + f.property());
        }
        return new Decision(Action.GENERATE_FILE, "no " + f.key() + " is provided; one is generated into "
                + f.fileName() + " (owner-only) — production must provide its own");
    }
}
