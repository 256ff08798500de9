package org.returneeregistry.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text, when present, carries only the characters {@link PlainText} allows: no control
 * characters (a multi-line text may break lines) and no lone surrogates. Every free-text field of
 * every input carries this constraint; the XSDs' Text types say the same with a pattern.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    /** Whether tab and line breaks are allowed (notes, reasons, descriptions). */
    boolean multiLine() default false;

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
