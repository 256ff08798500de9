package org.returneeregistry.returnee.rest;

import java.math.BigDecimal;
import org.returneeregistry.returnee.application.ReportedCircumstances;

/**
 * A claim a worker still has abroad (a code of the pending-claim-type list): as a mission reports it in a
 * notification, and as the registry discloses it.
 */
public record PendingClaim(String type, BigDecimal amount, String currency, String description) {

    static PendingClaim from(ReportedCircumstances.PendingClaim c) {
        return new PendingClaim(c.type(), c.amount(), c.currency(), c.description());
    }
}
