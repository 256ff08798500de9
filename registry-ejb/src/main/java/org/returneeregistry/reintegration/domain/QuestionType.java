package org.returneeregistry.reintegration.domain;

/**
 * The type of a question's answer: yes/no, a whole number, a decimal number, one code of the
 * question's options, several of them, or free text.
 */
public enum QuestionType {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    CHOICE,
    MULTI_CHOICE,
    TEXT
}
