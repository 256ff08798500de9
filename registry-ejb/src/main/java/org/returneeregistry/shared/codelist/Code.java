package org.returneeregistry.shared.codelist;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value, when present, must be a code of the named published code list. */
@Documented
@Constraint(validatedBy = CodeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Code {

    /** The code list's published name, e.g. {@code country}. */
    String value();

    String message() default "must be a code of the code list '{value}'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
