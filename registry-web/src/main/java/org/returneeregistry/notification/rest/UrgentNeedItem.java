package org.returneeregistry.notification.rest;

/** An urgent need a mission reports (a code of the urgent-need list), with a note. */
public record UrgentNeedItem(String need, String note) {

    org.returneeregistry.notification.domain.UrgentNeedItem toDomain() {
        return new org.returneeregistry.notification.domain.UrgentNeedItem(need, note);
    }
}
