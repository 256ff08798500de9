package org.returneeregistry.consent.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.returneeregistry.agreement.domain.AgreementType;
import org.returneeregistry.agreement.domain.ScopeLegalBasis;
import org.returneeregistry.shared.domain.DataCategory;

/**
 * One agreement a partner institution's read may run under, as the agreement registry answered for the
 * direction the data goes (outbound: from this registry to the partner): its id and version, whether it is in
 * force now, its type, and for each category asked that a scope row covers for the purpose, the row's legal basis.
 *
 * @param inScope the categories in scope, each with its legal basis; empty when none is (or not in force)
 */
public record PartnerAgreement(
        String agreementId,
        int version,
        boolean inForce,
        AgreementType type,
        Map<DataCategory, ScopeLegalBasis> inScope) {

    public PartnerAgreement {
        Map<DataCategory, ScopeLegalBasis> copy = new EnumMap<>(DataCategory.class);
        copy.putAll(inScope);
        inScope = Collections.unmodifiableMap(copy);
    }
}
