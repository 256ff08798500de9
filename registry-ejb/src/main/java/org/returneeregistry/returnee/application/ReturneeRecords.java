package org.returneeregistry.returnee.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.IdentityMatch;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.domain.ReturnDetails;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.returnee.persistence.ReturneeRepository;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * What the other contexts ask of the returnee record: whether a registry number is held, the returns
 * missions report (and a registrar's decision on one held for review), and the disclosures the registry
 * makes on an organisation's behalf. Each runs inside the calling context's own business call — which
 * checked and audits its caller — or on the registry's own initiative; none is a protocol's service, and
 * the web module never calls this bean (its callers are {@link ReturneeService}'s).
 *
 * <p>A reported return attaches to the returnee holding any of its identifiers. When the identifiers
 * point at different returnees the return is refused rather than guessed, because attaching it to the
 * wrong person would misroute help and entitlements.
 */
@Stateless
@PermitAll
public class ReturneeRecords {

    @Inject
    private ReturneeRepository returnees;

    @Inject
    private Clock clock;

    @Inject
    private ReadPolicy policy;

    @Inject
    private ReportedCircumstances reported;

    @Inject
    private CaseRecords caseRecords;

    /** True when a returnee holds this registry number. No personal data; for other contexts' checks. */
    public boolean exists(String registryNumber) {
        return RegistryNumber.parse(registryNumber).flatMap(returnees::find).isPresent();
    }

    /**
     * The facts a reintegration case keeps when it opens ({@link ReturneeProfile}); empty when nobody
     * holds the number. For the reintegration context, inside its own business call.
     */
    public Optional<ReturneeProfile> profile(String registryNumber) {
        return RegistryNumber.parse(registryNumber).flatMap(returnees::find).map(r -> {
            PersonDetails p = r.person();
            List<Employment> episodes = r.migrationEpisodes();
            List<ReturnDetails> returns = r.returnEvents();
            Employment lastEpisode = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
            ReturnDetails lastReturn = returns.isEmpty() ? null : returns.get(returns.size() - 1);
            return new ReturneeProfile(
                    p.sex(),
                    p.dateOfBirth(),
                    p.homeDistrict(),
                    lastEpisode == null ? null : lastEpisode.destinationCountry(),
                    lastReturn == null ? null : lastReturn.modality(),
                    lastReturn == null ? null : lastReturn.returnDate());
        });
    }

    /**
     * A disclosure the registry makes on its own initiative to {@code recipient}'s system (an HL7 message):
     * decided by the {@link ReadPolicy} as if that system asked with {@code roles}, and logged there under
     * {@code channel}. Answers the categories granted, or nothing when the read is denied.
     */
    public Optional<DisclosedReturnee> discloseOnBehalfOf(
            Actor recipient,
            String channel,
            String registryNumber,
            Purpose purpose,
            Set<DataCategory> categories,
            Set<Role> roles) {
        Optional<Returnee> returnee = RegistryNumber.parse(registryNumber).flatMap(returnees::find);
        ReadDecision decision = policy.decide(
                new ReadRequest(recipient, channel, registryNumber, returnee.isPresent(), purpose, categories), roles);
        if (!decision.permitted()) {
            return Optional.empty();
        }
        return Optional.of(DisclosedReturnee.of(returnee.orElseThrow(), purpose, decision, reported, caseRecords));
    }

    /**
     * The returnee's identifiers, for a message the registry sends about them after the consent decision point
     * permitted the category {@code IDENTITY} to that recipient (the caller asked it and logged the decision);
     * empty when nobody holds the number.
     */
    public List<ReturneeIdentifier> identifiersForPermittedDisclosure(String registryNumber) {
        return RegistryNumber.parse(registryNumber)
                .flatMap(returnees::find)
                .map(r -> r.person().identifiers().stream()
                        .map(i -> new ReturneeIdentifier(i.type(), i.number(), i.issuingCountry()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Registry numbers of the returnees holding any of the identifiers (as another institution sent them), at most
     * {@code limit}: for this registry's officers to see which of their returnees another institution's request is
     * about. Identifiers that could not be this registry's (a malformed number) match nobody.
     */
    public List<String> holdersOf(List<ReturneeIdentifier> identifiers, int limit) {
        List<Identifier> wellFormed = identifiers.stream()
                .filter(i -> i.type() != null && i.number() != null && i.issuingCountry() != null)
                .filter(i -> i.number().matches("[A-Z0-9]{5,20}"))
                .map(i -> new Identifier(i.type(), i.number(), i.issuingCountry()))
                .toList();
        return returnees.holdingAnyOf(wellFormed).stream()
                .map(r -> r.registryNumber().value())
                .limit(limit)
                .toList();
    }

    /**
     * The returnee's given and family name, for a document the registry issues about them after the consent decision
     * point permitted {@code IDENTITY} to the caller (the caller asked it and logged the decision); empty when nobody
     * holds the number.
     */
    public Optional<List<String>> nameForPermittedDisclosure(String registryNumber) {
        return RegistryNumber.parse(registryNumber)
                .flatMap(returnees::find)
                .map(r -> java.util.Arrays.asList(
                        r.person().name().givenName(), r.person().name().familyName()));
    }

    /**
     * The person and their latest work abroad, for a return notice the registry sends after the consent decision
     * point permitted {@code IDENTITY} and {@code MIGRATION_HISTORY} to that recipient (the caller asked it and
     * logged the decision); empty when nobody holds the number.
     */
    public Optional<ReturneeNoticeFacts> noticeFactsForPermittedDisclosure(String registryNumber) {
        return RegistryNumber.parse(registryNumber).flatMap(returnees::find).map(r -> {
            PersonDetails p = r.person();
            List<Employment> episodes = r.migrationEpisodes();
            Employment last = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
            return new ReturneeNoticeFacts(
                    p.identifiers().stream()
                            .map(i -> new ReturneeIdentifier(i.type(), i.number(), i.issuingCountry()))
                            .toList(),
                    p.name().givenName(),
                    p.name().familyName(),
                    p.dateOfBirth(),
                    p.sex(),
                    p.homeDistrict(),
                    last == null
                            ? null
                            : new ReturneeNoticeFacts.Episode(
                                    last.destinationCountry(),
                                    last.employer(),
                                    last.occupation(),
                                    last.sector(),
                                    last.channel(),
                                    last.departureDate(),
                                    last.endDate()));
        });
    }

    /**
     * Records a return reported by another context, attaching it to the returnee who holds one of
     * the person's identifiers or registering the person. The identifier alone does not decide: when
     * the returnee holding it has another name or date of birth ({@link IdentityMatch}) nothing is
     * recorded and the return is answered as held for a registrar's review. The caller has validated
     * the notice.
     */
    @RolesAllowed({Role.Names.MISSION_OFFICER, Role.Names.PARTNER_INSTITUTION})
    public ReturnRecorded recordReturn(ReturnNotice notice) {
        List<Returnee> matches = returnees.holdingAnyOfForUpdate(notice.person().identifiers());
        if (matches.size() > 1) {
            throw new RegistryException(
                    ErrorCode.AMBIGUOUS_IDENTITY,
                    "The identifiers given belong to " + matches.size()
                            + " different returnees; a registrar must resolve this before the return is recorded.");
        }
        if (matches.isEmpty()) {
            return new ReturnRecorded(attach(register(notice), notice), ReturnRecorded.Outcome.CREATED, null);
        }
        Returnee holder = matches.get(0);
        IdentityMatch match = IdentityMatch.of(notice.person(), holder.person());
        if (!match.samePerson()) {
            return new ReturnRecorded(
                    holder.registryNumber().value(),
                    ReturnRecorded.Outcome.HELD,
                    match.reason().name());
        }
        holder.addIdentifiers(notice.person().identifiers(), notice.actor(), clock.instant(), notice.reason());
        return new ReturnRecorded(
                attach(holder, notice),
                ReturnRecorded.Outcome.MATCHED,
                match.reason().name());
    }

    /**
     * A registrar's decision on a held return: it is this returnee's. The reported identifiers the
     * returnee does not hold yet are added to the record, with the rest of the return.
     */
    /**
     * As {@link #recordReturn}, for a return its caller verified before without a token's role: an item of a batch
     * of notifications (the job runs for the mission officer who submitted it, whose role and mission were checked
     * when the batch was accepted), or a partner's return notice authenticated by its signature (ADR 0026).
     */
    @PermitAll
    public ReturnRecorded recordBatchedReturn(ReturnNotice notice) {
        return recordReturn(notice);
    }

    @RolesAllowed(Role.Names.REGISTRAR)
    public ReturnRecorded mergeReturn(String registryNumber, ReturnNotice notice) {
        Returnee returnee = returnees
                .findForUpdate(parse(registryNumber))
                .orElseThrow(() -> RegistryException.notFound("Returnee " + registryNumber));
        List<Identifier> free = notice.person().identifiers().stream()
                .filter(i -> returnees.holdingAnyOf(List.of(i)).stream().allMatch(r -> r == returnee))
                .toList();
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
                .filter(i -> returnees.holdingAnyOf(List.of(i)).isEmpty())
                .toList();
        PersonDetails p = notice.person();
        PersonDetails person = new PersonDetails(
                free, p.name(), p.dateOfBirth(), p.sex(), p.genderIdentity(), p.contact(), p.homeDistrict());
        ReturnNotice separate =
                new ReturnNotice(person, notice.employment(), notice.details(), notice.actor(), notice.reason());
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
        return RegistryNumber.parse(registryNumber)
                .orElseThrow(() -> RegistryException.invalid(List.of(new Violation(
                        "registryNumber",
                        "RegistryNumber",
                        "must look like RR-0000-0042-7 with a valid check digit"))));
    }
}
