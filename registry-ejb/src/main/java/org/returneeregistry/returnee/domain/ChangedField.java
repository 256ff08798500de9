package org.returneeregistry.returnee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A field's old and new value inside a history entry. */
@Embeddable
public class ChangedField {

    @Column(name = "field", length = 64, nullable = false)
    private String field;

    @Column(name = "old_value", length = 1000)
    private String oldValue;

    @Column(name = "new_value", length = 1000)
    private String newValue;

    protected ChangedField() {
        // JPA
    }

    ChangedField(FieldChange change) {
        this.field = change.field();
        this.oldValue = change.from();
        this.newValue = change.to();
    }

    FieldChange change() {
        return new FieldChange(field, oldValue, newValue);
    }
}
