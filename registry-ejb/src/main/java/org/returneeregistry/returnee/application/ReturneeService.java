package org.returneeregistry.returnee.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.HistoryEntry;
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
 * <p>Registrars work with the whole record. Other organisations read personal data only through the
 * consent decision point, which this service does not yet offer them.
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

    public ReturneeView get(String registryNumber) {
        return view(load(registryNumber));
    }

    public Page<ReturneeSummary> find(ReturneeQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        boolean byIdentifier = query.identifier() != null;
        boolean byName = query.familyName() != null || query.givenName() != null || query.dateOfBirth() != null;
        validation.check(byIdentifier == byName, "query", "OneCriterion",
                "give either an identifier (type, number, issuingCountry) or familyName and dateOfBirth");
        validation.check(byName && (query.familyName() == null || query.dateOfBirth() == null), "query",
                "NameWithDateOfBirth", "a name search needs familyName and dateOfBirth");
        validation.throwIfInvalid();
        int page = Page.numberOrFirst(query.page());
        int size = Page.sizeOrDefault(query.pageSize());
        if (byIdentifier) {
            List<ReturneeSummary> hits = returnees.holdingAnyOf(List.of(query.identifier())).stream()
                    .map(ReturneeService::summary).toList();
            List<ReturneeSummary> slice = hits.stream().skip((long) (page - 1) * size).limit(size).toList();
            return new Page<>(slice, page, size, hits.size());
        }
        Page<Returnee> found = returnees.byName(query.familyName(), query.givenName(), query.dateOfBirth(), page, size);
        return new Page<>(found.items().stream().map(ReturneeService::summary).toList(), page, size, found.totalCount());
    }

    public ReturneeView correct(CorrectReturnee command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(command.changes() != null && command.changes().isEmpty(), "changes", "NotEmpty",
                "name at least one field to correct");
        validation.throwIfInvalid();
        Returnee returnee = load(command.registryNumber());
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

    public List<HistoryView> history(String registryNumber) {
        return load(registryNumber).history().stream().map(ReturneeService::history).toList();
    }

    /**
     * Records a return reported by another context, attaching it to the returnee who holds one of
     * the person's identifiers or registering the person. The caller has validated the notice.
     */
    @RolesAllowed(Role.Names.MISSION_OFFICER)
    public ReturnRecorded recordReturn(ReturnNotice notice) {
        List<Returnee> matches = returnees.holdingAnyOfForUpdate(notice.person().identifiers());
        if (matches.size() > 1) {
            throw new RegistryException(ErrorCode.AMBIGUOUS_IDENTITY, "The identifiers given belong to "
                    + matches.size() + " different returnees; a registrar must resolve this before the return is recorded.");
        }
        Instant now = clock.instant();
        boolean created = matches.isEmpty();
        Returnee returnee = created
                ? returnees.add(Returnee.register(notice.person(), notice.actor(), now, notice.reason()))
                : matches.get(0);
        if (!created) {
            returnee.addIdentifiers(notice.person().identifiers(), notice.actor(), now, notice.reason());
        }
        Employment employment = notice.employment();
        if (employment != null && !returnee.migrationEpisodes().contains(employment)) {
            returnee.recordMigration(employment, notice.actor(), now, notice.reason());
        }
        returnee.recordReturn(notice.details(), notice.actor(), now, notice.reason());
        return new ReturnRecorded(returnee.registryNumber().value(), created);
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
