package org.returneeregistry.returnee.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.returnee.domain.HistoryEntry;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.returnee.persistence.ReturneeRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CurrentCaller;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.OrganisationCheckedByPolicy;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * Registers, reads, finds and corrects returnees: the returnee context's service for the REST and SOAP
 * callers, with roles and audit on every method. What the other contexts ask of the record (whether a
 * returnee exists, the returns missions report, the registry's own disclosures) is
 * {@link ReturneeRecords}'.
 *
 * <p>One identifier (type, number, issuing country) identifies one person: registration refuses an
 * identifier already held.
 *
 * <p>Registrars work with the whole record. Every organisation — registrars' own included — reads a
 * returnee for a declared purpose through {@link #disclose}, which asks the {@link ReadPolicy} (the consent
 * context's decision point) and answers only the categories it granted. Whatever else answers personal
 * data — the whole record, its history, a search's hits, a correction's answer — declares a purpose and is
 * decided and logged too.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRAR)
public class ReturneeService {

    @Inject
    private ReturneeRepository returnees;

    @Inject
    private Validator validator;

    @Inject
    private jakarta.enterprise.event.Event<ReturneeRegistered> registered;

    @Inject
    private Clock clock;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ReadPolicy policy;

    @Inject
    private ReportedCircumstances reported;

    @Inject
    private CaseRecords caseRecords;

    @Inject
    private CallScope scope;

    /** What a search hit shows: name and date of birth (IDENTITY), home district (CONTACT). */
    private static final Set<DataCategory> SUMMARY = EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT);

    /** The subject of a decision about no returnee (a search refused before it ran): the empty registry number. */
    private static final String NO_SUBJECT = "";

    @AuditOperation("RETURNEE_REGISTER")
    public ReturneeView register(RegisterReturnee command) {
        InputValidation validation = InputValidation.of(validator, command);
        if (command.person() != null) {
            PersonRules.check(validation, "person", command.person());
            for (int i = 0; i < command.migrationEpisodes().size(); i++) {
                PersonRules.check(
                        validation,
                        "migrationEpisodes[" + i + "]",
                        command.migrationEpisodes().get(i),
                        command.person().dateOfBirth());
            }
        }
        validation.throwIfInvalid();
        if (!returnees.holdingAnyOf(command.person().identifiers()).isEmpty()) {
            throw new RegistryException(
                    ErrorCode.IDENTIFIER_ALREADY_REGISTERED,
                    "An identifier of this person already belongs to a registered returnee; find that record instead.");
        }
        Actor actor = currentCaller.actor();
        Instant now = clock.instant();
        Returnee returnee = returnees.add(Returnee.register(command.person(), actor, now, "Registered by a registrar"));
        command.migrationEpisodes().forEach(e -> returnee.recordMigration(e, actor, now, "Registered by a registrar"));
        returnees.flush();
        registered.fire(new ReturneeRegistered(returnee.registryNumber().value()));
        return view(returnee);
    }

    /**
     * The whole record, for a registrar keeping it. Like every read it declares a purpose and is decided
     * and logged by the consent decision point; the whole record is answered only when every category
     * is granted (the operator's own registrars), others read through {@link #disclose}.
     */
    @AuditOperation("RETURNEE_READ")
    public ReturneeView get(String registryNumber, String purpose) {
        return view(loadWholeRecordFor(registryNumber, purpose));
    }

    /**
     * Reads a returnee for a declared purpose: asks the consent decision point whether the caller's
     * organisation may read the categories asked (all when none are named), and answers only those
     * granted. Purpose and categories are codes of the consent-purpose and data-category lists; an
     * unknown code is refused before anything is decided. A denied read is logged, then refused with
     * its reason.
     */
    @RolesAllowed({
        Role.Names.REGISTRAR,
        Role.Names.MINISTRY_SYSTEM,
        Role.Names.MISSION_OFFICER,
        Role.Names.SOCIAL_SECURITY_OFFICER,
        Role.Names.PARTNER_INSTITUTION
    })
    @OrganisationCheckedByPolicy
    @AuditOperation("RETURNEE_DISCLOSE")
    public DisclosedReturnee disclose(String registryNumber, String purposeCode, List<String> categoryCodes) {
        DecidedRead read = decidedRead(registryNumber, purposeCode, categoryCodes);
        return DisclosedReturnee.of(read.returnee(), read.purpose(), read.decision(), reported, caseRecords);
    }

    /**
     * Finds returnees by one identifier or by name and date of birth. Each hit shows a name, a date of
     * birth and a home district (categories IDENTITY and CONTACT), so the search declares a purpose and
     * every hit answered is decided and logged under its own subject; a search without a purpose is
     * refused (PurposeRequired) before it runs and that refusal is logged, with no subject. The answer
     * is only for the operator's registrars, to whom every hit is granted; a hit not granted refuses
     * the search. Pages are small ({@link ReturneeQuery#MAX_PAGE_SIZE}).
     */
    @AuditOperation("RETURNEE_FIND")
    public Page<ReturneeSummary> find(ReturneeQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        boolean byIdentifier = query.identifier() != null;
        boolean byName = query.familyName() != null || query.givenName() != null || query.dateOfBirth() != null;
        validation.check(
                byIdentifier == byName,
                "query",
                "OneCriterion",
                "give either an identifier (type, number, issuingCountry) or familyName and dateOfBirth");
        validation.check(
                byName && (query.familyName() == null || query.dateOfBirth() == null),
                "query",
                "NameWithDateOfBirth",
                "a name search needs familyName and dateOfBirth");
        Optional<Purpose> purpose = purpose(validation, query.purpose());
        validation.throwIfInvalid();
        if (purpose.isEmpty()) {
            policy.decide(new ReadRequest(currentCaller.actor(), scope.channel(), NO_SUBJECT, false, null, SUMMARY))
                    .orRefuse();
        }
        int page = Page.numberOrFirst(query.page());
        int size = Page.sizeOrDefault(query.pageSize());
        Page<Returnee> found;
        if (byIdentifier) {
            List<Returnee> hits = returnees.holdingAnyOf(List.of(query.identifier()));
            found = new Page<>(
                    hits.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size, hits.size());
        } else {
            found = returnees.byName(query.familyName(), query.givenName(), query.dateOfBirth(), page, size);
        }
        for (Returnee hit : found.items()) {
            ReadDecision decision = policy.decide(new ReadRequest(
                            currentCaller.actor(),
                            scope.channel(),
                            hit.registryNumber().value(),
                            true,
                            purpose.get(),
                            SUMMARY))
                    .orRefuse();
            if (!decision.granted().containsAll(SUMMARY)) {
                throw new RegistryException(
                        ErrorCode.NOT_AUTHORIZED,
                        "Only the registry's own registrars search the"
                                + " register; read a returnee your organisation may see through the returnee's disclosure.");
            }
        }
        return new Page<>(
                found.items().stream().map(ReturneeService::summary).toList(), page, size, found.totalCount());
    }

    /**
     * Corrects the person's details and answers the whole corrected record: decided first as a
     * whole-record read for the purpose the correction declares ({@link #get}), so a caller who may not
     * read the record corrects nothing.
     */
    @AuditOperation("RETURNEE_CORRECT")
    public ReturneeView correct(CorrectReturnee command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                command.changes() != null && command.changes().isEmpty(),
                "changes",
                "NotEmpty",
                "name at least one field to correct");
        validation.throwIfInvalid();
        Returnee returnee = loadWholeRecordFor(command.registryNumber(), command.purpose());
        if (command.expectedVersion() != null && command.expectedVersion() != returnee.version()) {
            throw new RegistryException(
                    ErrorCode.STALE_VERSION,
                    "The record is at version " + returnee.version() + ", not " + command.expectedVersion()
                            + "; read it again and repeat the correction.");
        }
        var changes = returnee.correct(command.changes(), currentCaller.actor(), clock.instant(), command.reason());
        if (changes.isEmpty()) {
            throw RegistryException.invalid(List.of(new Violation(
                    "changes", "ChangesSomething", "every value given equals the recorded one; nothing to correct")));
        }
        returnees.flush();
        return view(returnee);
    }

    /** The record's history of changes: a read of the whole record, decided as {@link #get} is. */
    @AuditOperation("RETURNEE_HISTORY")
    public List<HistoryView> history(String registryNumber, String purpose) {
        return loadWholeRecordFor(registryNumber, purpose).history().stream()
                .map(ReturneeService::history)
                .toList();
    }

    private Returnee loadWholeRecordFor(String registryNumber, String purposeCode) {
        DecidedRead read = decidedRead(registryNumber, purposeCode, List.of());
        if (!read.decision().granted().containsAll(DataCategory.ORDINARY)) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED,
                    "Only the registry's own registrars read the whole"
                            + " record; read the categories granted to your organisation through the returnee's disclosure.");
        }
        return read.returnee();
    }

    /** A read the consent decision point permitted: the returnee, the declared purpose, the permit. */
    private record DecidedRead(Returnee returnee, Purpose purpose, ReadDecision decision) {}

    /**
     * Checks the codes of a read (unknown ones are refused before anything is decided), asks the read
     * policy — which logs the decision — and refuses a deny with its reason.
     */
    private DecidedRead decidedRead(String registryNumber, String purposeCode, List<String> categoryCodes) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(
                RegistryNumber.parse(registryNumber).isEmpty(),
                "registryNumber",
                "RegistryNumber",
                "must look like RR-0000-0042-7 with a valid check digit");
        Optional<Purpose> purpose = purpose(validation, purposeCode);
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        List<String> codes = categoryCodes == null ? List.of() : categoryCodes;
        for (int i = 0; i < codes.size(); i++) {
            Optional<DataCategory> c = Optional.ofNullable(codes.get(i)).flatMap(DataCategory::of);
            validation.check(c.isEmpty(), "category[" + i + "]", "Code", "must be a data-category code");
            c.ifPresent(categories::add);
        }
        validation.throwIfInvalid();
        Optional<Returnee> returnee =
                returnees.find(RegistryNumber.parse(registryNumber).get());
        ReadDecision decision = policy.decide(new ReadRequest(
                        currentCaller.actor(),
                        scope.channel(),
                        registryNumber,
                        returnee.isPresent(),
                        purpose.orElse(null),
                        categories))
                .orRefuse();
        return new DecidedRead(returnee.get(), purpose.get(), decision);
    }

    /** The purpose a code names; an unknown code is a violation, no code is empty (the decision point's to refuse). */
    private static Optional<Purpose> purpose(InputValidation validation, String purposeCode) {
        Optional<Purpose> purpose = Optional.ofNullable(purposeCode).flatMap(Purpose::of);
        validation.check(purposeCode != null && purpose.isEmpty(), "purpose", "Code", "must be a consent-purpose code");
        return purpose;
    }

    private static ReturneeView view(Returnee r) {
        return new ReturneeView(
                r.registryNumber().value(),
                r.person(),
                r.migrationEpisodes(),
                r.returnEvents(),
                r.version(),
                r.registeredAt(),
                r.updatedAt());
    }

    private static ReturneeSummary summary(Returnee r) {
        var person = r.person();
        return new ReturneeSummary(
                r.registryNumber().value(), person.name(), person.dateOfBirth(), person.homeDistrict());
    }

    private static HistoryView history(HistoryEntry e) {
        return new HistoryView(
                e.sequence(),
                e.at(),
                e.actor().display(),
                e.actor().subject(),
                e.actor().organisation(),
                e.actor().client(),
                e.action().name(),
                e.action().eventNumber(),
                e.reason(),
                e.changes());
    }
}
