package org.returneeregistry.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The registry's one business exception. Unchecked and rolling back, so a refused request
 * leaves nothing half-written; each protocol has one mapper that turns it into its own error.
 */
@ApplicationException(rollback = true)
public class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final List<Violation> violations;

    public RegistryException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public RegistryException(ErrorCode code, String message, List<Violation> violations) {
        super(message);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static RegistryException invalid(List<Violation> violations) {
        return new RegistryException(ErrorCode.VALIDATION_FAILED,
                "The request breaks " + violations.size() + " rule(s); see the violations.", violations);
    }

    public static RegistryException notFound(String what) {
        return new RegistryException(ErrorCode.NOT_FOUND, what + " was not found.");
    }

    public ErrorCode code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
