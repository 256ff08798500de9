package org.returneeregistry.consent.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.consent.domain.ConsentMethod;
import org.returneeregistry.consent.domain.ConsentNarrowing;
import org.returneeregistry.consent.domain.ConsentRecord;
import org.returneeregistry.consent.domain.ConsentRecordingPolicy;
import org.returneeregistry.consent.domain.ConsentRecordingPolicy.Recorder;
import org.returneeregistry.consent.domain.LegalBasis;
import org.returneeregistry.consent.persistence.ConsentRecordRepository;
import org.returneeregistry.notification.application.MissionReports;
import org.returneeregistry.organisation.application.OperatorOrganisation;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.organisation.application.OrganisationSummary;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.PlainText;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;
import org.returneeregistry.shared.domain.Violation;

/**
 * Records, reads and revokes returnees' consent, and issues signed receipts of it.
 *
 * <p>Registrars and mission officers record consent the returnee gives in front of them, as far as
 * {@link ConsentRecordingPolicy} lets them: a mission only for people it notified and with the signed
 * form's evidence, nobody naming its own organisation or a foreign institution as recipient, and the
 * legal basis always consent. A record is never edited — new terms are a new record that supersedes
 * the old. Revoking takes effect at once (the decision point reads the record on every decision) and
 * tells every organisation that was given data under the record, through the exchange context's
 * outbox, in the revoking transaction.
 */
@Stateless
@Interceptors(ServiceCall.class)
public class ConsentService {

    /** How far in the past a record's validity may begin: consent cannot be back-dated to cover past reads. */
    static final Duration BACKDATING_TOLERANCE = Duration.ofMinutes(5);

    /** Client-chosen keys: 1 to 64 letters, digits or . _ : - (a UUID fits). */
    public static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    static final String WITHDRAWAL_METHOD = "Ask a registrar at any migrant resource centre, or the mission that"
            + " recorded the consent, quoting the record id; the withdrawal takes effect at once.";

    @Inject
    private ConsentRecordRepository records;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private RegistryKeys keys;

    @Inject
    private Event<ConsentRevoked> revoked;

    @Inject
    private Event<ConsentNarrowed> narrowed;

    @EJB
    private CallerContext caller;

    @EJB
    private DecisionChain log;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private OrganisationDirectory organisations;

    @EJB
    private OperatorOrganisation operator;

    @Inject
    private MissionReports notifications;

    @EJB
    private AgreementRegistry agreements;

    /**
     * Records consent if {@link ConsentRecordingPolicy} lets this caller record it for this returnee
     * and recipient; a refusal writes nothing and is answered with its own code.
     *
     * <p>An idempotency key (a mission node sending what it captured offline, a registrar's client repeating
     * a request it got no answer to) makes the request repeatable: a repeat with the same key and the same
     * request answers the record the first one made, and records nothing; the same key with a different
     * request is refused; while the first is still being recorded, a concurrent repeat is answered with a
     * conflict to repeat later. The key belongs to the caller's organisation.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.MISSION_OFFICER})
    @AuditOperation("CONSENT_RECORD")
    public RecordedConsent record(RecordConsent command, String idempotencyKey) {
        Instant now = clock.instant();
        InputValidation.of(validator, new Object())
                .check(
                        idempotencyKey != null
                                && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches(),
                        "Idempotency-Key",
                        "IdempotencyKey",
                        "must be 1 to 64 letters, digits or . _ : -")
                .throwIfInvalid();
        String organisation = caller.actor().organisation();
        String hash = idempotencyKey == null ? null : hash(command);
        if (idempotencyKey != null) {
            Optional<ConsentRecord> earlier = records.createdUnder(organisation, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().createdBy(hash)) {
                    throw new RegistryException(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency key " + idempotencyKey
                                    + " was already used for a different consent; use a new key for a new request.");
                }
                return new RecordedConsent(ConsentView.of(earlier.get(), now), false);
            }
        }
        validate(command, now);
        Recorder recorder = recorder(organisation);
        ConsentRecord superseded = command.supersedes() == null
                ? null
                : records.findForUpdate(command.supersedes()).orElse(null);
        ConsentMethod method = ConsentMethod.valueOf(command.method());
        ConsentRecordingPolicy.Reason reason = ConsentRecordingPolicy.decide(new ConsentRecordingPolicy.Facts(
                recorder,
                organisation,
                operator.country(),
                command.legalBasis() == null ? null : LegalBasis.valueOf(command.legalBasis()),
                method,
                command.evidenceHash() != null,
                returnees.exists(command.registryNumber()),
                recorder == Recorder.MISSION && notifications.notifiedBy(organisation, command.registryNumber()),
                organisations
                        .registered(command.recipient())
                        .map(ConsentService::recipient)
                        .orElse(null),
                command.supersedes() != null,
                superseded == null ? null : superseded.recordedBy().organisation(),
                agreementCovers(command)));
        if (!reason.permits()) {
            throw refusal(reason, command);
        }
        ConsentRecord record = ConsentRecord.record(terms(command, method, now), superseded, caller.actor(), now);
        if (idempotencyKey != null) {
            record.createdUnder(organisation, idempotencyKey, hash);
        }
        records.add(record);
        try {
            records.flush();
        } catch (PersistenceException e) {
            if (idempotencyKey != null && LostRace.onUniqueKey(e)) {
                throw new RegistryException(
                        ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                        "Another request with idempotency key " + idempotencyKey
                                + " was being recorded; repeat the request to receive its answer.");
            }
            throw e;
        }
        if (superseded != null) {
            announceNarrowing(superseded, record, now);
        }
        return new RecordedConsent(ConsentView.of(record, now), true);
    }

    /** The request's fingerprint: every field as sent, so a repeat under the key is told from another request. */
    static String hash(RecordConsent c) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            c.registryNumber(),
            c.recipient(),
            c.purposes(),
            c.categories(),
            c.legalBasis(),
            c.method(),
            c.evidenceHash(),
            c.representative(),
            c.state(),
            c.validFrom(),
            c.validUntil(),
            c.noticeVersion(),
            c.noticeLanguage(),
            c.supersedes()
        }) {
            String value = field == null ? null : field.toString();
            text.append(value == null ? "-1:" : value.length() + ":" + value).append('\n');
        }
        return Sha256.hex(text.toString());
    }

    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.AUDITOR, Role.Names.MISSION_OFFICER})
    @AuditOperation("CONSENT_READ")
    public ConsentView get(String consentId) {
        return ConsentView.of(visible(load(consentId)), clock.instant());
    }

    /** Every record of a returnee, newest first, with its status now. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.AUDITOR})
    @AuditOperation("CONSENT_LIST")
    public List<ConsentView> ofReturnee(String registryNumber) {
        requireReturnee(registryNumber);
        Instant now = clock.instant();
        return records.ofReturnee(registryNumber).stream()
                .map(r -> ConsentView.of(r, now))
                .toList();
    }

    /** The returnee withdraws consent: reads under it stop at once and its recipients are told. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.MISSION_OFFICER})
    @AuditOperation("CONSENT_REVOKE")
    public ConsentView revoke(String consentId, String reason) {
        InputValidation.of(validator, new Object())
                .check(
                        reason == null || reason.isBlank() || reason.length() > ConsentRecord.REASON_LENGTH,
                        "reason",
                        "Size",
                        "say why, in 1 to " + ConsentRecord.REASON_LENGTH + " characters")
                .text("reason", reason, PlainText.MULTI_LINE)
                .throwIfInvalid();
        ConsentRecord record = visible(
                records.findForUpdate(consentId).orElseThrow(() -> RegistryException.notFound("Consent " + consentId)));
        Instant now = clock.instant();
        record.revoke(reason, caller.actor(), now);
        records.flush();
        Set<String> recipients = new TreeSet<>(log.recipientsUnder(consentId));
        if (!recipients.isEmpty()) {
            revoked.fire(new ConsentRevoked(
                    consentId,
                    record.registryNumber(),
                    Set.copyOf(recipients),
                    reason,
                    now,
                    log.partnerGrantsUnder(consentId)));
        }
        return ConsentView.of(record, now);
    }

    /**
     * New terms that take purposes or categories away, or end sooner, are a partial revocation: each
     * organisation given data under the earlier record is told what it may no longer use. The earlier record
     * is locked (as for a revocation), so no read under it can commit unseen while the recipients are found.
     */
    private void announceNarrowing(ConsentRecord superseded, ConsentRecord successor, Instant now) {
        ConsentNarrowing narrowing = ConsentNarrowing.between(superseded, successor);
        if (!narrowing.narrows()) {
            return;
        }
        Set<String> recipients = new TreeSet<>(log.recipientsUnder(superseded.consentId()));
        if (!recipients.isEmpty()) {
            narrowed.fire(new ConsentNarrowed(
                    superseded.consentId(),
                    successor.consentId(),
                    superseded.registryNumber(),
                    Set.copyOf(recipients),
                    names(narrowing.withdrawnPurposes()),
                    names(narrowing.withdrawnCategories()),
                    successor.validUntil(),
                    now));
        }
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new TreeSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

    /** The signed receipt of a record: a compact JWS the returnee keeps and anyone can verify offline. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.MISSION_OFFICER, Role.Names.AUDITOR})
    @AuditOperation("CONSENT_RECEIPT")
    public String receipt(String consentId) {
        return ConsentReceipts.sign(
                visible(load(consentId)),
                keys,
                "urn:returnee-registry:" + operator.code(),
                operator.code(),
                WITHDRAWAL_METHOD);
    }

    /**
     * A mission officer works only with the records its own mission recorded; another's answers as
     * not found, so that a consent's existence is not given away. Registrars and auditors see all.
     */
    private ConsentRecord visible(ConsentRecord record) {
        if (!caller.hasRole(Role.REGISTRAR)
                && !caller.hasRole(Role.AUDITOR)
                && !caller.actor().organisation().equals(record.recordedBy().organisation())) {
            throw RegistryException.notFound("Consent " + record.consentId());
        }
        return record;
    }

    private ConsentRecord load(String consentId) {
        return records.find(consentId).orElseThrow(() -> RegistryException.notFound("Consent " + consentId));
    }

    private void requireReturnee(String registryNumber) {
        InputValidation.of(validator, new Object())
                .check(registryNumber == null, "returnee", "NotNull", "name the returnee whose consent records to list")
                .check(
                        registryNumber != null
                                && RegistryNumber.parse(registryNumber).isEmpty(),
                        "returnee",
                        "RegistryNumber",
                        "must look like RR-0000-0042-7 with a valid check digit")
                .throwIfInvalid();
        if (!returnees.exists(registryNumber)) {
            throw RegistryException.notFound("Returnee " + registryNumber);
        }
    }

    private void validate(RecordConsent c, Instant now) {
        InputValidation validation = InputValidation.of(validator, c);
        validation.check(
                c.registryNumber() != null
                        && RegistryNumber.parse(c.registryNumber()).isEmpty(),
                "registryNumber",
                "RegistryNumber",
                "must look like RR-0000-0042-7 with a valid check digit");
        ConsentMethod method = c.method() == null ? null : ConsentMethod.valueOf(c.method());
        validation.check(
                method == ConsentMethod.ASSISTED && c.evidenceHash() == null,
                "evidenceHash",
                "Required",
                "consent assisted by an officer needs the hash of the signed form");
        validation.check(
                method == ConsentMethod.DELEGATED && c.representative() == null,
                "representative",
                "Required",
                "delegated consent names the representative");
        Instant from = c.validFrom() == null ? now : c.validFrom();
        validation.check(
                c.validFrom() != null && c.validFrom().isBefore(now.minus(BACKDATING_TOLERANCE)),
                "validFrom",
                "NotBackdated",
                "must not lie in the past: consent cannot cover reads that already happened");
        validation.check(
                c.validUntil() != null && !c.validUntil().isAfter(now),
                "validUntil",
                "Future",
                "must lie in the future");
        validation.check(
                c.validUntil() != null && !c.validUntil().isAfter(from),
                "validUntil",
                "AfterValidFrom",
                "must be after validFrom");
        validation.throwIfInvalid();
    }

    private Recorder recorder(String organisation) {
        if (caller.hasRole(Role.REGISTRAR) && operator.code().equals(organisation)) {
            return Recorder.OPERATOR_REGISTRAR;
        }
        return caller.hasRole(Role.MISSION_OFFICER) ? Recorder.MISSION : Recorder.OTHER;
    }

    /**
     * Whether an agreement in force, to which the recipient is a party, has outbound scope rows covering every
     * purpose and category of the record (of any message type, as a partner's read is decided).
     */
    private boolean agreementCovers(RecordConsent command) {
        for (String agreementId : agreements.agreementsOf(command.recipient())) {
            boolean covers = true;
            for (String purpose : command.purposes()) {
                for (String category : command.categories()) {
                    covers &= agreements
                            .scope(
                                    agreementId,
                                    Direction.OUTBOUND,
                                    null,
                                    DataCategory.valueOf(category),
                                    Purpose.valueOf(purpose))
                            .inScope();
                }
            }
            if (covers) {
                return true;
            }
        }
        return false;
    }

    private static ConsentRecordingPolicy.Recipient recipient(OrganisationSummary organisation) {
        return new ConsentRecordingPolicy.Recipient(
                organisation.code(),
                ConsentRecordingPolicy.RecipientKind.valueOf(organisation.type()),
                organisation.country());
    }

    private static RegistryException refusal(ConsentRecordingPolicy.Reason reason, RecordConsent c) {
        return switch (reason) {
            case RECORDER_NOT_PERMITTED ->
                new RegistryException(
                        ErrorCode.NOT_AUTHORIZED, "Only the operator's registrars and missions record consent.");
            case LEGAL_BASIS_NOT_SELECTABLE ->
                RegistryException.invalid(List.of(new Violation(
                        "legalBasis",
                        "ConsentOnly",
                        "a consent record's legal basis is CONSENT; leave it out. Other legal bases are the operator's"
                                + " configuration, never a caller's field")));
            case SELF_NOT_RECORDED_BY_MISSION ->
                new RegistryException(
                        ErrorCode.CONSENT_EVIDENCE_REQUIRED,
                        "SELF is the returnee's own act, which a mission cannot record for them: record the form the"
                                + " returnee signed at the mission as ASSISTED, with its evidenceHash.");
            case MISSION_EVIDENCE_MISSING ->
                new RegistryException(
                        ErrorCode.CONSENT_EVIDENCE_REQUIRED,
                        "A mission records consent with evidence: give evidenceHash, the SHA-256 of the form the returnee"
                                + " or their representative signed.");
            case SUBJECT_NOT_FOUND -> RegistryException.notFound("Returnee " + c.registryNumber());
            case RECIPIENT_NOT_REGISTERED ->
                RegistryException.invalid(List.of(new Violation(
                        "recipient",
                        "RegisteredOrganisation",
                        "must be an organisation registered with the registry")));
            case RECIPIENT_IS_RECORDER ->
                new RegistryException(
                        ErrorCode.CONSENT_TO_OWN_ORGANISATION,
                        "Consent cannot name the recording organisation " + c.recipient() + " as its recipient: nobody"
                                + " grants consent to themselves.");
            case CROSS_BORDER_WITHOUT_AGREEMENT ->
                new RegistryException(
                        ErrorCode.CROSS_BORDER_NEEDS_AGREEMENT,
                        c.recipient()
                                + " is a foreign institution: consent to disclose to it needs a bilateral agreement"
                                + " in force, to which it is a party, whose outbound scope covers every purpose and"
                                + " category of the consent.");
            case SUPERSEDED_NOT_VISIBLE -> RegistryException.notFound("Consent " + c.supersedes());
            case PERMITTED -> throw new IllegalArgumentException("not a refusal");
        };
    }

    private ConsentRecord.Terms terms(RecordConsent c, ConsentMethod method, Instant now) {
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        c.purposes().forEach(p -> purposes.add(Purpose.valueOf(p)));
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        c.categories().forEach(d -> categories.add(DataCategory.valueOf(d)));
        return new ConsentRecord.Terms(
                c.registryNumber(),
                c.recipient(),
                purposes,
                categories,
                LegalBasis.CONSENT,
                method,
                c.evidenceHash(),
                c.representative(),
                !"REFUSED".equals(c.state()),
                c.validFrom() == null ? now : c.validFrom(),
                c.validUntil(),
                c.noticeVersion(),
                c.noticeLanguage() == null ? "en" : c.noticeLanguage(),
                operator.country());
    }
}
