package org.returneeregistry.returnee.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.returneeregistry.returnee.domain.RegistrySearch;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.returnee.domain.SearchScope;
import org.returneeregistry.returnee.persistence.RegistrySearchRepository;
import org.returneeregistry.returnee.persistence.ReturneeRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * The registry search social protection systems call (the Digital Convergence Initiative's sync search,
 * docs/dci.md): a welfare ministry's system looks up a returnee it already knows — by an identifier, or by
 * surname and date of birth — to enrol the family in a programme.
 *
 * <p>Every person a search could answer is a read through the consent decision point, for purpose
 * {@link Purpose#SOCIAL_PROTECTION_ENROLMENT} and the categories a record carries (IDENTITY, CONTACT, FAMILY), decided
 * and logged one by one, on channel {@code DCI}; a record is answered only with the categories granted, and
 * only when IDENTITY is among them. A search that finds nobody is decided and logged too (no subject), so
 * probing shows in the decision log. A person the decision point denies is answered exactly as nobody: status
 * {@code succ}, no record — so the search is no oracle of who is registered. A search's scope
 * ({@link SearchScope}) stops predicates that would list people, and a search matching more than
 * {@value #MAX_CANDIDATES} people is refused before anything is decided.
 *
 * <p>Each search is kept (without query or records) so that its caller, and only its organisation, can ask its
 * status.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.MINISTRY_SYSTEM)
public class RegistrySearchService {

    /** The most people one search request may match before it is refused as too broad. */
    public static final int MAX_CANDIDATES = 20;

    public static final int MAX_PAGE_SIZE = 10;
    public static final int MAX_PAGE_NUMBER = 100;
    public static final int MAX_REQUESTS = 10;

    public static final String REFERENCE_INVALID = "rjct.reference_id.invalid";
    public static final String REFERENCE_DUPLICATE = "rjct.reference_id.duplicate";
    public static final String PAGINATION_INVALID = "rjct.pagination.invalid";
    public static final String TOO_MANY_RECORDS = "rjct.search.too_many_records_found";
    public static final String MESSAGE_DUPLICATE = "rjct.message_id.duplicate";
    /** Not in the DCI lists: a status read of a transaction the caller's organisation never made. */
    public static final String TRANSACTION_INVALID = "rjct.transaction_id.invalid";

    /** The caller-chosen ids: what the DCI specification allows (at most 99 characters), without control characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,98}");

    /**
     * What a returned record shows: names, identifiers, date of birth, sex (IDENTITY); phone, e-mail, address
     * (CONTACT); the family members and dependants case workers recorded (FAMILY), whom the welfare scheme enrols.
     */
    private static final Set<DataCategory> RECORD =
            EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.FAMILY);

    private static final Purpose PURPOSE = Purpose.SOCIAL_PROTECTION_ENROLMENT;

    /** The subject of a decision about nobody: the search found no one. */
    private static final String NO_SUBJECT = "";

    @Inject
    private ReturneeRepository returnees;

    @Inject
    private RegistrySearchRepository searches;

    @Inject
    private ReadPolicy policy;

    @Inject
    private ReportedCircumstances reported;

    @Inject
    private CaseRecords caseRecords;

    @Inject
    private CallScope scope;

    @EJB
    private CallerContext caller;

    @Inject
    private Clock clock;

    /**
     * Runs each search request of the message and keeps the outcome. A message id the organisation used before
     * is refused ({@code rjct.message_id.duplicate}) and nothing is decided.
     */
    @AuditOperation("RETURNEE_REGISTRY_SEARCH")
    public RegistrySearchAnswer search(RegistrySearchRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.messageId() == null || !ID.matcher(request.messageId()).matches()) {
            violations.add(new Violation("messageId", "Id", "1 to 99 letters, digits or . _ : @ / -"));
        }
        if (request.transactionId() == null
                || !ID.matcher(request.transactionId()).matches()) {
            violations.add(new Violation("transactionId", "Id", "1 to 99 letters, digits or . _ : @ / -"));
        }
        if (request.items().isEmpty() || request.items().size() > MAX_REQUESTS) {
            violations.add(new Violation("items", "Size", "1 to " + MAX_REQUESTS + " search requests"));
        }
        if (!violations.isEmpty()) {
            throw RegistryException.invalid(violations);
        }
        Actor actor = caller.actor();
        if (searches.messageSeen(actor.organisation(), request.messageId())) {
            return RegistrySearchAnswer.rejected(
                    request.transactionId(), MESSAGE_DUPLICATE, "This message id was used before; send a new one.");
        }
        List<RegistrySearchAnswer.Item> answered = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (RegistrySearchRequest.Item item : request.items()) {
            answered.add(answer(actor, item, references));
        }
        String correlationId = UUID.randomUUID().toString();
        searches.add(new RegistrySearch(
                actor.organisation(),
                actor.client(),
                request.messageId(),
                request.transactionId(),
                correlationId,
                clock.instant(),
                answered.stream()
                        .map(a -> new RegistrySearch.Item(
                                a.referenceId(),
                                a.status(),
                                a.reasonCode(),
                                a.records().size()))
                        .toList()));
        return new RegistrySearchAnswer(
                request.transactionId(), correlationId, RegistrySearchAnswer.SUCCEEDED, null, null, answered);
    }

    /**
     * The status of the organisation's own search: by transaction id (its latest search under it), or by the
     * reference ids of its search requests. Statuses and counts only — reading a person again is a new search.
     */
    @AuditOperation("RETURNEE_REGISTRY_SEARCH_STATUS")
    public RegistrySearchAnswer status(String transactionId, List<String> referenceIds) {
        String organisation = caller.actor().organisation();
        if (referenceIds == null || referenceIds.isEmpty()) {
            Optional<RegistrySearch> search = searches.latest(organisation, transactionId);
            if (search.isEmpty()) {
                return RegistrySearchAnswer.rejected(
                        transactionId,
                        TRANSACTION_INVALID,
                        "Your organisation made no search with this transaction id.");
            }
            return new RegistrySearchAnswer(
                    search.get().transactionId(),
                    search.get().correlationId(),
                    RegistrySearchAnswer.SUCCEEDED,
                    null,
                    null,
                    search.get().items().stream()
                            .map(RegistrySearchService::status)
                            .toList());
        }
        Map<String, RegistrySearch.Item> latest = new LinkedHashMap<>();
        for (RegistrySearch search : searches.holdingReferences(organisation, referenceIds)) {
            for (RegistrySearch.Item item : search.items()) {
                if (item.referenceId() != null) {
                    latest.putIfAbsent(item.referenceId(), item);
                }
            }
        }
        List<RegistrySearchAnswer.Item> items = new ArrayList<>();
        for (String reference : referenceIds) {
            RegistrySearch.Item item = latest.get(reference);
            items.add(
                    item == null
                            ? rejected(
                                    reference,
                                    REFERENCE_INVALID,
                                    "Your organisation made no search request with this reference id.")
                            : status(item));
        }
        return new RegistrySearchAnswer(transactionId, null, RegistrySearchAnswer.SUCCEEDED, null, null, items);
    }

    private RegistrySearchAnswer.Item answer(Actor actor, RegistrySearchRequest.Item item, Set<String> references) {
        String reference = item.referenceId();
        if (reference == null || !ID.matcher(reference).matches()) {
            return rejected(null, REFERENCE_INVALID, "reference_id must be 1 to 99 letters, digits or . _ : @ / -");
        }
        if (!references.add(reference)) {
            return rejected(
                    reference, REFERENCE_DUPLICATE, "Each search request of a message has its own reference_id.");
        }
        if (item.purpose() != null
                && !PURPOSE.name().equals(item.purpose())
                && !PURPOSE.dpv().equals(item.purpose())) {
            return rejected(
                    reference,
                    SearchScope.CRITERIA_INVALID,
                    "This registry answers searches for social protection enrolment only: purpose " + PURPOSE.name()
                            + " (" + PURPOSE.dpv() + ").");
        }
        int pageSize = item.pageSize() == null ? MAX_PAGE_SIZE : item.pageSize();
        int pageNumber = item.pageNumber() == null ? 1 : item.pageNumber();
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE || pageNumber < 1 || pageNumber > MAX_PAGE_NUMBER) {
            return rejected(
                    reference,
                    PAGINATION_INVALID,
                    "page_size is 1 to " + MAX_PAGE_SIZE + ", page_number 1 to " + MAX_PAGE_NUMBER + ".");
        }
        SearchScope.Decision lookup = SearchScope.of(item.criteria());
        if (lookup instanceof SearchScope.Refused refused) {
            return rejected(reference, refused.reasonCode(), refused.message());
        }
        List<Returnee> candidates = candidates(lookup);
        if (candidates.size() > MAX_CANDIDATES) {
            return rejected(
                    reference,
                    TOO_MANY_RECORDS,
                    "The criteria match too many people; search by an identifier, or add the given name.");
        }
        List<DisclosedReturnee> permitted = new ArrayList<>();
        if (candidates.isEmpty()) {
            String subject = lookup instanceof SearchScope.RegistryNumberLookup n
                    ? n.number().value()
                    : NO_SUBJECT;
            policy.decide(new ReadRequest(actor, scope.channel(), subject, false, PURPOSE, RECORD));
        }
        for (Returnee candidate : candidates) {
            ReadDecision decision = policy.decide(new ReadRequest(
                    actor, scope.channel(), candidate.registryNumber().value(), true, PURPOSE, RECORD));
            if (decision.permitted() && decision.granted().contains(DataCategory.IDENTITY)) {
                permitted.add(DisclosedReturnee.of(candidate, PURPOSE, decision, reported, caseRecords));
            }
        }
        int from = Math.min(permitted.size(), (pageNumber - 1) * pageSize);
        int to = Math.min(permitted.size(), from + pageSize);
        return new RegistrySearchAnswer.Item(
                reference,
                RegistrySearchAnswer.SUCCEEDED,
                null,
                null,
                permitted.subList(from, to),
                pageSize,
                pageNumber,
                permitted.size());
    }

    private List<Returnee> candidates(SearchScope.Decision lookup) {
        if (lookup instanceof SearchScope.RegistryNumberLookup n) {
            return returnees.find(n.number()).map(List::of).orElse(List.of());
        }
        if (lookup instanceof SearchScope.IdentifierLookup id) {
            return returnees.holdingNumber(id.type(), id.number(), MAX_CANDIDATES + 1);
        }
        SearchScope.NameLookup name = (SearchScope.NameLookup) lookup;
        return returnees
                .byName(name.familyName(), name.givenName(), name.dateOfBirth(), 1, MAX_CANDIDATES + 1)
                .items();
    }

    private static RegistrySearchAnswer.Item rejected(String reference, String code, String message) {
        return new RegistrySearchAnswer.Item(
                reference, RegistrySearchAnswer.REJECTED, code, message, List.of(), 0, 0, 0);
    }

    private static RegistrySearchAnswer.Item status(RegistrySearch.Item item) {
        return new RegistrySearchAnswer.Item(
                item.referenceId(), item.status(), item.reasonCode(), null, List.of(), 0, 0, item.recordCount());
    }
}
