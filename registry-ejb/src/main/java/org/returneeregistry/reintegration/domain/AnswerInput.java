package org.returneeregistry.reintegration.domain;

import java.util.List;

/**
 * An answer as it arrived, before it is checked against its question: the question's code, the JSON
 * kind of the value ({@link Kind}) and the value as text ({@code values} for an array).
 */
public record AnswerInput(String question, Kind kind, String value, List<String> values) {

    /** The JSON kind of an answer's value. */
    public enum Kind {
        BOOLEAN,
        NUMBER,
        STRING,
        ARRAY,
        NULL,
        OTHER
    }

    public AnswerInput {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
