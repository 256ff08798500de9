package org.returneeregistry.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

/**
 * Input validation as the application services run it, with the default Bean Validation
 * provider (Hibernate Validator on the test class path). Close it when done.
 */
public final class InputChecks implements AutoCloseable {

    private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

    /** Bean Validation of the command, ready for cross-field rules. */
    public InputValidation of(Object command) {
        return InputValidation.of(factory.getValidator(), command);
    }

    /** What {@link InputValidation#throwIfInvalid()} refuses; empty when it lets the input through. */
    public static List<Violation> violations(InputValidation validation) {
        try {
            validation.throwIfInvalid();
            return List.of();
        } catch (RegistryException e) {
            assertEquals(ErrorCode.VALIDATION_FAILED, e.code(), "a refused input is a validation failure");
            return e.violations();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
