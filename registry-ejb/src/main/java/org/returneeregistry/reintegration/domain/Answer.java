package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One stored answer of an assessment: the question's code, the answer as text, and whether it is special-category data. */
@Embeddable
public class Answer {

    public static final int QUESTION_LENGTH = 64;
    public static final int VALUE_LENGTH = 1000;

    @Column(name = "question", length = QUESTION_LENGTH, nullable = false, updatable = false)
    private String question;

    @Column(name = "answer_value", length = VALUE_LENGTH, nullable = false, updatable = false)
    private String value;

    @Column(name = "sensitive", nullable = false, updatable = false)
    private boolean sensitive;

    protected Answer() {
        // JPA
    }

    Answer(String question, String value, boolean sensitive) {
        this.question = Objects.requireNonNull(question, "question");
        this.value = Objects.requireNonNull(value, "value");
        this.sensitive = sensitive;
    }

    public String question() {
        return question;
    }

    public String value() {
        return value;
    }

    public boolean sensitive() {
        return sensitive;
    }
}
