package org.returneeregistry.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A pending claim as stored with its notification. */
@Embeddable
public class ClaimRow {

    @Column(name = "claim_type", length = 32, nullable = false)
    private String type;

    @Column(name = "amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "description", length = 1000)
    private String description;

    protected ClaimRow() {
        // JPA
    }

    ClaimRow(PendingClaim claim) {
        this.type = claim.type();
        this.amount = claim.amount();
        this.currency = claim.currency();
        this.description = claim.description();
    }

    PendingClaim claim() {
        return new PendingClaim(type, amount, currency, description);
    }
}
