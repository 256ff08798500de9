package org.returneeregistry.shared.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.returneeregistry.shared.domain.PlainText;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

/**
 * Collects every broken rule of one input before anything is written: Bean Validation on the
 * command, then the cross-field rules the caller adds. Throws once, with all violations.
 */
public final class InputValidation {

    private final List<Violation> violations = new ArrayList<>();

    private InputValidation() {
    }

    public static InputValidation of(Validator validator, Object command) {
        InputValidation validation = new InputValidation();
        for (ConstraintViolation<Object> v : validator.validate(command)) {
            validation.violations.add(new Violation(field(v), ruleOf(v), v.getMessage()));
        }
        validation.violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
        return validation;
    }

    /** Adds a cross-field rule: when {@code broken}, the violation is recorded. */
    public InputValidation check(boolean broken, String field, String rule, String message) {
        if (broken) {
            violations.add(new Violation(field, rule, message));
        }
        return this;
    }

    /** Adds the {@code Text} rule for a value that arrives outside a command (a path or a lone body field). */
    public InputValidation text(String field, String value, PlainText kind) {
        kind.refusal(value).ifPresent(reason -> violations.add(new Violation(field, "Text", reason)));
        return this;
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw RegistryException.invalid(violations);
        }
    }

    /** The violated field as integrators name it: {@code purposes[0]}, not Bean Validation's {@code purposes[0].<list element>}. */
    private static String field(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replace(".<list element>", "");
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
