package org.returneeregistry.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An urgent need as stored with its notification. */
@Embeddable
public class NeedRow {

    @Column(name = "need", length = 32, nullable = false)
    private String need;

    @Column(name = "note", length = 1000)
    private String note;

    protected NeedRow() {
        // JPA
    }

    NeedRow(UrgentNeedItem item) {
        this.need = item.need();
        this.note = item.note();
    }

    UrgentNeedItem item() {
        return new UrgentNeedItem(need, note);
    }
}
