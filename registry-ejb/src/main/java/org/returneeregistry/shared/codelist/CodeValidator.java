package org.returneeregistry.shared.codelist;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Code} against the published code lists. */
public class CodeValidator implements ConstraintValidator<Code, String> {

    private String list;

    @Override
    public void initialize(Code annotation) {
        list = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CodeLists.standard().isValid(list, value);
    }
}
