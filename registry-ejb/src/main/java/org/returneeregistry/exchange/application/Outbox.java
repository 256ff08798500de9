package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.returneeregistry.exchange.domain.Channel;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.hl7.AdtMessages;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * Writes messages to other organisations into the outbox, inside the caller's transaction — there must
 * be one ({@code MANDATORY}) — so a message exists exactly when the business change that caused it
 * committed. The dispatcher delivers it afterwards and retries until the recipient accepts it.
 *
 * <p>The caller decides what goes into a message and must have asked the consent decision point first;
 * keep personal data to what the recipient needs (a reference it can read through the decision point is
 * better than a copy). The outbox never logs payloads. A failure here is a system error: it rolls the
 * caller's transaction back, so no change goes out unannounced.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    public static final String ADT_A28 = "ADT_A28";
    public static final String ADT_A31 = "ADT_A31";
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0," + (OutboxMessage.KIND_LENGTH - 1) + "}");

    @Inject
    private OutboxRepository messages;

    @Inject
    private OutboxSettings settings;

    @Inject
    private Clock clock;

    /**
     * A JSON push of {@code data} to the recipient's push URL, in the envelope of {@link PushMessages}.
     *
     * @param recipient  the organisation code of the recipient, e.g. NPL-MOHP
     * @param kind       upper-case name of what happened, e.g. REFERRAL_CREATED
     * @param subjectRef what the message is about, e.g. a referral id (≤ 64 characters), or null
     * @return the message id (the receiver's Idempotency-Key)
     */
    public String enqueuePush(String recipient, String kind, String subjectRef, JsonObject data) {
        requireKind(kind);
        Objects.requireNonNull(data, "data");
        String id = OutboxMessage.newId();
        Instant now = clock.instant();
        messages.add(OutboxMessage.create(
                id,
                recipient,
                kind,
                Channel.JSON_PUSH,
                subjectRef,
                null,
                PushMessages.body(id, kind, recipient, now, data),
                now));
        return id;
    }

    /**
     * An HL7 v2.5.1 ADT message about the person to the recipient's MLLP endpoint: ADT^A28 (add person
     * information) the first time the registry writes one about this returnee for this recipient,
     * ADT^A31 (update person information) after that. MSH-10 is the returned message id. The person data
     * is a disclosure the decision point permitted for {@code purpose} and {@code categories}: it is decided
     * again when the message is sent, and the message is cancelled if any of them is no longer granted.
     *
     * @param subjectRef what caused the message, e.g. a referral id, or null
     * @return the message id (MSH-10)
     */
    public String enqueueHl7Adt(
            String recipient, String subjectRef, AdtPerson person, Purpose purpose, Set<DataCategory> categories) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(purpose, "purpose");
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("a disclosure names the categories it was permitted");
        }
        String id = OutboxMessage.newId();
        Instant now = clock.instant();
        boolean update = messages.hasHl7For(recipient, person.registryNumber());
        String er7 = AdtMessages.build(
                person,
                id,
                update,
                now,
                new AdtMessages.Addressing(settings.sendingFacility(), settings.receivingApplication(), recipient));
        messages.add(OutboxMessage.createDisclosure(
                id,
                recipient,
                update ? ADT_A31 : ADT_A28,
                Channel.HL7_MLLP,
                subjectRef,
                person.registryNumber(),
                er7,
                now,
                purpose.name(),
                categories.stream().map(Enum::name).collect(Collectors.toSet())));
        return id;
    }

    private static void requireKind(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException(
                    "a message kind is an upper-case name such as REFERRAL_CREATED, not " + kind);
        }
    }
}
