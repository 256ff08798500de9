package org.returneeregistry.shared.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link Text} with {@link PlainText}, naming the character refused. */
public class TextValidator implements ConstraintValidator<Text, String> {

    private PlainText kind;

    @Override
    public void initialize(Text annotation) {
        kind = annotation.multiLine() ? PlainText.MULTI_LINE : PlainText.SINGLE_LINE;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Optional<String> refusal = kind.refusal(value);
        if (refusal.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(refusal.get())).addConstraintViolation();
        return false;
    }

    /** The message is a template: braces and dollar signs would be read as expressions. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
