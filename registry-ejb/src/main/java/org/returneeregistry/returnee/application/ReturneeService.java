package org.returneeregistry.returnee.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeClassInterceptors;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
import org.returneeregistry.consent.domain.DataCategory;
import org.returneeregistry.consent.domain.Purpose;
import org.returneeregistry.notification.application.ReportedCircumstances;
import org.returneeregistry.notification.application.ReturnNotificationService;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.OrganisationCheckedByPolicy;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.HistoryEntry;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.IdentityMatch;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.domain.RegistryNumber;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.returnee.persistence.ReturneeRepository;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * Registers, finds and corrects returnees, and records returns reported by other contexts.
 *
 * <p>One identifier (type, number, issuing country) identifies one person: registration refuses an
 * identifier already held, and a reported return attaches to the returnee holding any of its
 * identifiers. When the identifiers point at different returnees the return is refused rather
 * than guessed, because attaching it to the wrong person would misroute help and entitlements.
 *
 * <p>Registrars work with the whole record. Every organisation — registrars' own included — reads a
 * returnee for a declared purpose through {@link #disclose}, which asks the consent decision point and
 * answers only the categories it granted. Whatever else answers personal data — the whole record, its
 * history, a search's hits, a correction's answer — declares a purpose and is decided and logged too.
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
    private Clock clock;

    @EJB
    private CallerContext caller;

    @EJB
    private AccessDecisions decisions;

    @EJB
    private ReturnNotificationService notifications;

    @Inject
    private CallScope scope;

    /** What a search hit shows: name and date of birth (IDENTITY), home district (CONTACT). */
    private static final Set<DataCategory> SUMMARY = EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT);

    /** The subject of a decision about no returnee (a search refused before it ran): the empty registry number. */
    private static final String NO_SUBJECT = "";

    /** Needs whose details are health data; the others are protection needs (category VULNERABILITY). */
    private static final Set<String> HEALTH_NEEDS = Set.of("MEDICAL", "PSYCHOSOCIAL");

    public ReturneeView register(RegisterReturnee command) {
        InputValidation validation = InputValidation.of(validator, command);
        if (command.person() != null) {
            PersonRules.check(validation, "person", command.person());
            for (int i = 0; i < command.migrationEpisodes().size(); i++) {
                PersonRules.check(validation, "migrationEpisodes[" + i + "]", command.migrationEpisodes().get(i),
                        command.person().dateOfBirth());
            }
        }
        validation.throwIfInvalid();
        if (!returnees.holdingAnyOf(command.person().identifiers()).isEmpty()) {
            throw new RegistryException(ErrorCode.IDENTIFIER_ALREADY_REGISTERED,
                    "An identifier of this person already belongs to a registered returnee; find that record instead.");
        }
        Actor actor = caller.actor();
        Instant now = clock.instant();
        Returnee returnee = returnees.add(Returnee.register(command.person(), actor, now, "Registered by a registrar"));
        command.migrationEpisodes().forEach(e -> returnee.recordMigration(e, actor, now, "Registered by a registrar"));
        returnees.flush();
        return view(returnee);
    }

    /**
     * The whole record, for a registrar keeping it. Like every read it declares a purpose and is decided
     * and logged by the consent decision point; the whole record is answered only when every category
     * is granted (the operator's own registrars), others read through {@link #disclose}.
     */
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
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.MINISTRY_SYSTEM, Role.Names.MISSION_OFFICER,
            Role.Names.SOCIAL_SECURITY_OFFICER, Role.Names.PARTNER_INSTITUTION})
    @OrganisationCheckedByPolicy
    public DisclosedReturnee disclose(String registryNumber, String purposeCode, List<String> categoryCodes) {
        DecidedRead read = decidedRead(registryNumber, purposeCode, categoryCodes);
        return disclosure(read.returnee(), read.purpose(), read.decision());
    }

    /**
     * The same disclosure for a decision the registry took itself, on an organisation's behalf (an HL7
     * message to a ministry's system). The caller has asked the decision point and holds a permit.
     */
    @PermitAll
    @ExcludeClassInterceptors
    public DisclosedReturnee disclosure(String registryNumber, Purpose purpose, AccessDecision permit) {
        if (!permit.permitted()) {
            throw new IllegalArgumentException("a disclosure needs a permit");
        }
        return disclosure(load(registryNumber), purpose, permit);
    }

    /** True when a returnee holds this registry number. No personal data; for other contexts' checks. */
    @PermitAll
    @ExcludeClassInterceptors
    public boolean exists(String registryNumber) {
        return RegistryNumber.parse(registryNumber).flatMap(returnees::find).isPresent();
    }

    private DisclosedReturnee disclosure(Returnee r, Purpose purpose, AccessDecision decision) {
        Set<DataCategory> granted = decision.granted();
        var person = r.person();
        ReportedCircumstances reported = granted.contains(DataCategory.HEALTH) || granted.contains(DataCategory.VULNERABILITY)
                || granted.contains(DataCategory.FINANCIAL)
                ? notifications.reportedFor(r.registryNumber().value()) : null;
        return new DisclosedReturnee(r.registryNumber().value(), purpose.name(),
                granted.stream().sorted().map(Enum::name).toList(), decision.sequence(),
                granted.contains(DataCategory.IDENTITY) ? new DisclosedReturnee.Identity(person.identifiers(),
                        person.name(), person.dateOfBirth(), person.sex(), person.genderIdentity()) : null,
                granted.contains(DataCategory.CONTACT)
                        ? new DisclosedReturnee.ContactDetails(person.contact(), person.homeDistrict()) : null,
                granted.contains(DataCategory.MIGRATION_HISTORY) ? List.copyOf(r.migrationEpisodes()) : null,
                granted.contains(DataCategory.RETURN_DETAILS) ? List.copyOf(r.returnEvents()) : null,
                granted.contains(DataCategory.HEALTH)
                        ? reported.needs().stream().filter(n -> HEALTH_NEEDS.contains(n.need())).toList() : null,
                granted.contains(DataCategory.VULNERABILITY)
                        ? reported.needs().stream().filter(n -> !HEALTH_NEEDS.contains(n.need())).toList() : null,
                granted.contains(DataCategory.FINANCIAL) ? reported.claims() : null);
    }

    /**
     * Finds returnees by one identifier or by name and date of birth. Each hit shows a name, a date of
     * birth and a home district (categories IDENTITY and CONTACT), so the search declares a purpose and
     * every hit answered is decided and logged under its own subject; a search without a purpose is
     * refused (PurposeRequired) before it runs and that refusal is logged, with no subject. The answer
     * is only for the operator's registrars, to whom every hit is granted; a hit not granted refuses
     * the search. Pages are small ({@link ReturneeQuery#MAX_PAGE_SIZE}).
     */
    public Page<ReturneeSummary> find(ReturneeQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        boolean byIdentifier = query.identifier() != null;
        boolean byName = query.familyName() != null || query.givenName() != null || query.dateOfBirth() != null;
        validation.check(byIdentifier == byName, "query", "OneCriterion",
                "give either an identifier (type, number, issuingCountry) or familyName and dateOfBirth");
        validation.check(byName && (query.familyName() == null || query.dateOfBirth() == null), "query",
                "NameWithDateOfBirth", "a name search needs familyName and dateOfBirth");
        Optional<Purpose> purpose = purpose(validation, query.purpose());
        validation.throwIfInvalid();
        if (purpose.isEmpty()) {
            decisions.decide(new AccessRequest(caller.actor(), scope.channel(), NO_SUBJECT, false, null, SUMMARY))
                    .orRefuse();
        }
        int page = Page.numberOrFirst(query.page());
        int size = Page.sizeOrDefault(query.pageSize());
        Page<Returnee> found;
        if (byIdentifier) {
            List<Returnee> hits = returnees.holdingAnyOf(List.of(query.identifier()));
            found = new Page<>(hits.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size, hits.size());
        } else {
            found = returnees.byName(query.familyName(), query.givenName(), query.dateOfBirth(), page, size);
        }
        for (Returnee hit : found.items()) {
            AccessDecision decision = decisions.decide(new AccessRequest(caller.actor(), scope.channel(),
                    hit.registryNumber().value(), true, purpose.get(), SUMMARY)).orRefuse();
            if (!decision.granted().containsAll(SUMMARY)) {
                throw new RegistryException(ErrorCode.NOT_AUTHORIZED, "Only the registry's own registrars search the"
                        + " register; read a returnee your organisation may see through the returnee's disclosure.");
            }
        }
        return new Page<>(found.items().stream().map(ReturneeService::summary).toList(), page, size, found.totalCount());
    }

    /**
     * Corrects the person's details and answers the whole corrected record: decided first as a
     * whole-record read for the purpose the correction declares ({@link #get}), so a caller who may not
     * read the record corrects nothing.
     */
    public ReturneeView correct(CorrectReturnee command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(command.changes() != null && command.changes().isEmpty(), "changes", "NotEmpty",
                "name at least one field to correct");
        validation.throwIfInvalid();
        Returnee returnee = loadWholeRecordFor(command.registryNumber(), command.purpose());
        if (command.expectedVersion() != null && command.expectedVersion() != returnee.version()) {
            throw new RegistryException(ErrorCode.STALE_VERSION, "The record is at version " + returnee.version()
                    + ", not " + command.expectedVersion() + "; read it again and repeat the correction.");
        }
        var changes = returnee.correct(command.changes(), caller.actor(), clock.instant(), command.reason());
        if (changes.isEmpty()) {
            throw RegistryException.invalid(List.of(new Violation(
                    "changes", "ChangesSomething", "every value given equals the recorded one; nothing to correct")));
        }
        returnees.flush();
        return view(returnee);
    }

    /** The record's history of changes: a read of the whole record, decided as {@link #get} is. */
    public List<HistoryView> history(String registryNumber, String purpose) {
        return loadWholeRecordFor(registryNumber, purpose).history().stream().map(ReturneeService::history).toList();
    }

    private Returnee loadWholeRecordFor(String registryNumber, String purposeCode) {
        DecidedRead read = decidedRead(registryNumber, purposeCode, List.of());
        if (!read.decision().granted().containsAll(EnumSet.allOf(DataCategory.class))) {
            throw new RegistryException(ErrorCode.NOT_AUTHORIZED, "Only the registry's own registrars read the whole"
                    + " record; read the categories granted to your organisation through the returnee's disclosure.");
        }
        return read.returnee();
    }

    /** A read the consent decision point permitted: the returnee, the declared purpose, the permit. */
    private record DecidedRead(Returnee returnee, Purpose purpose, AccessDecision decision) {
    }

    /**
     * Checks the codes of a read (unknown ones are refused before anything is decided), asks the decision
     * point — which logs the decision — and refuses a deny with its reason.
     */
    private DecidedRead decidedRead(String registryNumber, String purposeCode, List<String> categoryCodes) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(RegistryNumber.parse(registryNumber).isEmpty(), "registryNumber", "RegistryNumber",
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
        Optional<Returnee> returnee = returnees.find(RegistryNumber.parse(registryNumber).get());
        AccessDecision decision = decisions.decide(new AccessRequest(caller.actor(), scope.channel(), registryNumber,
                returnee.isPresent(), purpose.orElse(null), categories)).orRefuse();
        return new DecidedRead(returnee.get(), purpose.get(), decision);
    }

    /** The purpose a code names; an unknown code is a violation, no code is empty (the decision point's to refuse). */
    private static Optional<Purpose> purpose(InputValidation validation, String purposeCode) {
        Optional<Purpose> purpose = Optional.ofNullable(purposeCode).flatMap(Purpose::of);
        validation.check(purposeCode != null && purpose.isEmpty(), "purpose", "Code", "must be a consent-purpose code");
        return purpose;
    }

    /**
     * Records a return reported by another context, attaching it to the returnee who holds one of
     * the person's identifiers or registering the person. The identifier alone does not decide: when
     * the returnee holding it has another name or date of birth ({@link IdentityMatch}) nothing is
     * recorded and the return is answered as held for a registrar's review. The caller has validated
     * the notice.
     */
    @RolesAllowed(Role.Names.MISSION_OFFICER)
    public ReturnRecorded recordReturn(ReturnNotice notice) {
        List<Returnee> matches = returnees.holdingAnyOfForUpdate(notice.person().identifiers());
        if (matches.size() > 1) {
            throw new RegistryException(ErrorCode.AMBIGUOUS_IDENTITY, "The identifiers given belong to "
                    + matches.size() + " different returnees; a registrar must resolve this before the return is recorded.");
        }
        if (matches.isEmpty()) {
            return new ReturnRecorded(attach(register(notice), notice), ReturnRecorded.Outcome.CREATED, null);
        }
        Returnee holder = matches.get(0);
        IdentityMatch match = IdentityMatch.of(notice.person(), holder.person());
        if (!match.samePerson()) {
            return new ReturnRecorded(holder.registryNumber().value(), ReturnRecorded.Outcome.HELD, match.reason().name());
        }
        holder.addIdentifiers(notice.person().identifiers(), notice.actor(), clock.instant(), notice.reason());
        return new ReturnRecorded(attach(holder, notice), ReturnRecorded.Outcome.MATCHED, match.reason().name());
    }

    /**
     * A registrar's decision on a held return: it is this returnee's. The reported identifiers the
     * returnee does not hold yet are added to the record, with the rest of the return.
     */
    @RolesAllowed(Role.Names.REGISTRAR)
    public ReturnRecorded mergeReturn(String registryNumber, ReturnNotice notice) {
        Returnee returnee = returnees.findForUpdate(parse(registryNumber))
                .orElseThrow(() -> RegistryException.notFound("Returnee " + registryNumber));
        List<Identifier> free = notice.person().identifiers().stream()
                .filter(i -> returnees.holdingAnyOf(List.of(i)).stream().allMatch(r -> r == returnee)).toList();
        returnee.addIdentifiers(free, notice.actor(), clock.instant(), notice.reason());
        return new ReturnRecorded(attach(returnee, notice), ReturnRecorded.Outcome.MATCHED, null);
    }

    /**
     * A registrar's decision on a held return: it is another person's, registered now. The identifiers
     * another returnee holds stay with that returnee; the new record gets the others.
     */
    @RolesAllowed(Role.Names.REGISTRAR)
    public ReturnRecorded splitReturn(ReturnNotice notice) {
        List<Identifier> free = notice.person().identifiers().stream()
                .filter(i -> returnees.holdingAnyOf(List.of(i)).isEmpty()).toList();
        PersonDetails p = notice.person();
        PersonDetails person = new PersonDetails(free, p.name(), p.dateOfBirth(), p.sex(), p.genderIdentity(),
                p.contact(), p.homeDistrict());
        ReturnNotice separate = new ReturnNotice(person, notice.employment(), notice.details(), notice.actor(),
                notice.reason());
        return new ReturnRecorded(attach(register(separate), separate), ReturnRecorded.Outcome.CREATED, null);
    }

    private Returnee register(ReturnNotice notice) {
        return returnees.add(Returnee.register(notice.person(), notice.actor(), clock.instant(), notice.reason()));
    }

    private String attach(Returnee returnee, ReturnNotice notice) {
        Instant now = clock.instant();
        Employment employment = notice.employment();
        if (employment != null && !returnee.migrationEpisodes().contains(employment)) {
            returnee.recordMigration(employment, notice.actor(), now, notice.reason());
        }
        returnee.recordReturn(notice.details(), notice.actor(), now, notice.reason());
        return returnee.registryNumber().value();
    }

    private static RegistryNumber parse(String registryNumber) {
        return RegistryNumber.parse(registryNumber).orElseThrow(() -> RegistryException.invalid(List.of(new Violation(
                "registryNumber", "RegistryNumber", "must look like RR-0000-0042-7 with a valid check digit"))));
    }

    private Returnee load(String registryNumber) {
        Optional<RegistryNumber> number = RegistryNumber.parse(registryNumber);
        if (number.isEmpty()) {
            throw RegistryException.invalid(List.of(new Violation("registryNumber",
                    "RegistryNumber", "must look like RR-0000-0042-7 with a valid check digit")));
        }
        return returnees.find(number.get())
                .orElseThrow(() -> RegistryException.notFound("Returnee " + registryNumber));
    }

    private static ReturneeView view(Returnee r) {
        return new ReturneeView(r.registryNumber().value(), r.person(), r.migrationEpisodes(), r.returnEvents(),
                r.version(), r.registeredAt(), r.updatedAt());
    }

    private static ReturneeSummary summary(Returnee r) {
        var person = r.person();
        return new ReturneeSummary(r.registryNumber().value(), person.name(), person.dateOfBirth(), person.homeDistrict());
    }

    private static HistoryView history(HistoryEntry e) {
        return new HistoryView(e.sequence(), e.at(), e.actor().display(), e.actor().subject(), e.actor().organisation(),
                e.actor().client(),
                e.action().name(), e.action().eventNumber(), e.reason(), e.changes());
    }
}
