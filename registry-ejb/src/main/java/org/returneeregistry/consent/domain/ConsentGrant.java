package org.returneeregistry.consent.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * What a returnee's consent records grant one recipient for one purpose, and why: the consent part
 * of the decision point's answer (the legal bases the operator configured are weighed beside it).
 *
 * <p>The newest active consent for the purpose grants the asked categories it names. A refusal is the
 * returnee's latest word: from the moment it is recorded it withdraws, for the categories it names,
 * every consent to the same recipient for the same purpose recorded before it, whether or not it
 * names that consent as superseded. A consent recorded after the refusal is the newer word and stands.
 * When nothing is granted, the reason is the most telling one: the refusal that withdrew the consent,
 * an active consent that covers none of the asked categories, or the status of the newest record.
 *
 * @param consentId the record that decided, or null when none did
 */
public record ConsentGrant(DecisionReason reason, Set<DataCategory> granted, String consentId) {

    public ConsentGrant {
        Set<DataCategory> copy = EnumSet.noneOf(DataCategory.class);
        copy.addAll(granted);
        granted = Collections.unmodifiableSet(copy);
    }

    /**
     * @param records every consent record of the returnee for this recipient, in any order
     */
    public static ConsentGrant of(
            Collection<ConsentRecord> records, Purpose purpose, Set<DataCategory> asked, Instant now) {
        List<ConsentRecord> forPurpose = records.stream()
                .filter(c -> c.purposes().contains(purpose))
                .sorted(Comparator.comparing(ConsentRecord::recordedAt).reversed())
                .toList();
        Optional<ConsentRecord> active = forPurpose.stream()
                .filter(c -> c.status(now) == ConsentStatus.ACTIVE)
                .findFirst();
        if (active.isPresent()) {
            ConsentRecord consent = active.get();
            EnumSet<DataCategory> covered = EnumSet.noneOf(DataCategory.class);
            consent.categories().stream().filter(asked::contains).forEach(covered::add);
            List<ConsentRecord> laterRefusals = forPurpose.stream()
                    .filter(c -> !c.given() && !c.recordedAt().isBefore(consent.recordedAt()))
                    .toList();
            Set<DataCategory> granted = EnumSet.copyOf(covered);
            laterRefusals.forEach(refusal -> granted.removeAll(refusal.categories()));
            if (!granted.isEmpty()) {
                return new ConsentGrant(DecisionReason.CONSENT, granted, consent.consentId());
            }
            if (!covered.isEmpty()) {
                return new ConsentGrant(
                        DecisionReason.CONSENT_REJECTED,
                        Set.of(),
                        laterRefusals.get(0).consentId());
            }
            return new ConsentGrant(DecisionReason.CATEGORY_NOT_CONSENTED, Set.of(), consent.consentId());
        }
        return forPurpose.stream()
                .findFirst()
                .map(newest -> new ConsentGrant(
                        switch (newest.status(now)) {
                            case REVOKED -> DecisionReason.CONSENT_REVOKED;
                            case EXPIRED -> DecisionReason.CONSENT_EXPIRED;
                            case PENDING -> DecisionReason.CONSENT_PENDING;
                            case REJECTED -> DecisionReason.CONSENT_REJECTED;
                            case ACTIVE, SUPERSEDED -> DecisionReason.NO_CONSENT;
                        },
                        Set.of(),
                        newest.consentId()))
                .orElse(new ConsentGrant(DecisionReason.NO_CONSENT, Set.of(), null));
    }

    public boolean permits() {
        return reason.permits();
    }
}
