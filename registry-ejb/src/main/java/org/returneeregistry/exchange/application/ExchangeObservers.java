package org.returneeregistry.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.TreeSet;
import org.returneeregistry.consent.application.ConsentNarrowed;
import org.returneeregistry.consent.application.ConsentRevoked;
import org.returneeregistry.reintegration.application.ReferralCreated;

/**
 * Turns other contexts' events into messages to the organisations concerned. Observed synchronously in
 * the firing transaction, so each message commits or rolls back with the change it announces. The
 * messages carry references, not personal data: a recipient reads the returnee through the registry,
 * where the consent decision point decides what it sees.
 */
@ApplicationScoped
public class ExchangeObservers {

    public static final String REFERRAL_CREATED = "REFERRAL_CREATED";
    public static final String CONSENT_REVOKED = "CONSENT_REVOKED";
    public static final String CONSENT_NARROWED = "CONSENT_NARROWED";

    @Inject
    private Outbox outbox;

    void referralCreated(@Observes ReferralCreated referral) {
        outbox.enqueuePush(referral.recipient(), REFERRAL_CREATED, referral.referralId(), referralData(referral));
    }

    /**
     * One notice per organisation that was given data under the consent; the reason stays in the registry. Partner
     * institutions abroad are told by a signed partner message instead ({@link PartnerRevocationNotices}).
     */
    void consentRevoked(@Observes ConsentRevoked revocation) {
        for (String recipient : new TreeSet<>(revocation.recipients())) {
            if (revocation.partnerGrants().containsKey(recipient)) {
                continue;
            }
            outbox.enqueuePush(recipient, CONSENT_REVOKED, revocation.consentId(), revocationData(revocation));
        }
    }

    /** A partial revocation: one notice per organisation given data under the earlier record. */
    void consentNarrowed(@Observes ConsentNarrowed narrowing) {
        for (String recipient : new TreeSet<>(narrowing.recipients())) {
            outbox.enqueuePush(recipient, CONSENT_NARROWED, narrowing.consentId(), narrowingData(narrowing));
        }
    }

    static JsonObject narrowingData(ConsentNarrowed narrowing) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        add(data, "consentId", narrowing.consentId());
        add(data, "supersededBy", narrowing.supersededBy());
        add(data, "registryNumber", narrowing.registryNumber());
        data.add("withdrawnPurposes", Json.createArrayBuilder(new TreeSet<>(narrowing.withdrawnPurposes())));
        data.add("withdrawnCategories", Json.createArrayBuilder(new TreeSet<>(narrowing.withdrawnCategories())));
        add(data, "validUntil", narrowing.validUntil());
        add(data, "at", narrowing.at());
        return data.build();
    }

    static JsonObject referralData(ReferralCreated referral) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        add(data, "referralId", referral.referralId());
        add(data, "registryNumber", referral.registryNumber());
        add(data, "service", referral.service());
        add(data, "purpose", referral.purpose());
        add(data, "at", referral.at());
        return data.build();
    }

    static JsonObject revocationData(ConsentRevoked revocation) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        add(data, "consentId", revocation.consentId());
        add(data, "registryNumber", revocation.registryNumber());
        add(data, "at", revocation.at());
        return data.build();
    }

    private static void add(JsonObjectBuilder data, String name, Object value) {
        if (value != null) {
            data.add(name, value instanceof Instant at ? at.toString() : value.toString());
        }
    }
}
