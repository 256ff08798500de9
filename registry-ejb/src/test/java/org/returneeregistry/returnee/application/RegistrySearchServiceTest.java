package org.returneeregistry.returnee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.testsupport.Samples.PASSPORT;
import static org.returneeregistry.testsupport.Samples.REGISTERED_AT;
import static org.returneeregistry.testsupport.Samples.REGISTRAR;
import static org.returneeregistry.testsupport.Samples.person;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.returnee.domain.RegistrySearch;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.returnee.domain.SearchCriteria;
import org.returneeregistry.returnee.persistence.RegistrySearchRepository;
import org.returneeregistry.returnee.persistence.ReturneeRepository;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;

/**
 * The registry search's own rules, with the decision point, the register and the search log faked: every
 * candidate and every miss is decided; a deny answers like nobody; too many candidates decide nobody; a
 * message id is used once.
 */
class RegistrySearchServiceTest {

    private static final Actor WELFARE = new Actor("svc", "NPL-MOWCSC");

    private final Map<String, Returnee> byPassport = new HashMap<>();
    private final List<Returnee> byName = new ArrayList<>();
    private final Map<String, Set<DataCategory>> grants = new HashMap<>();
    private final Map<String, CaseRecords.Family> families = new HashMap<>();
    private final List<ReadRequest> decided = new ArrayList<>();
    private final List<RegistrySearch> kept = new ArrayList<>();
    private final RegistrySearchService service = new RegistrySearchService();

    RegistrySearchServiceTest() throws ReflectiveOperationException {
        set("returnees", new ReturneeRepository() {
            @Override
            public List<Returnee> holdingNumber(String type, String number, int limit) {
                return Optional.ofNullable(byPassport.get(number)).map(List::of).orElse(List.of());
            }

            @Override
            public Page<Returnee> byName(
                    String familyName, String givenName, LocalDate dateOfBirth, int page, int pageSize) {
                return new Page<>(byName.stream().limit(pageSize).toList(), page, pageSize, byName.size());
            }
        });
        set("searches", new RegistrySearchRepository() {
            @Override
            public RegistrySearch add(RegistrySearch search) {
                kept.add(search);
                return search;
            }

            @Override
            public boolean messageSeen(String organisation, String messageId) {
                return !kept.isEmpty();
            }
        });
        set("policy", new ReadPolicy() {
            @Override
            public ReadDecision decide(ReadRequest request) {
                decided.add(request);
                Set<DataCategory> granted = grants.get(request.registryNumber());
                return granted == null
                        ? ReadDecision.deny(decided.size(), ErrorCode.NO_CONSENT, "no consent")
                        : ReadDecision.permit(granted, decided.size());
            }

            @Override
            public ReadDecision decide(ReadRequest request, Set<Role> roles) {
                throw new AssertionError("the search decides as its caller");
            }
        });
        set("reported", (ReportedCircumstances) registryNumber -> {
            throw new AssertionError("no reported circumstances are asked for IDENTITY, CONTACT and FAMILY");
        });
        set("caseRecords", new CaseRecords() {
            @Override
            public Optional<Skills> skills(String registryNumber) {
                throw new AssertionError("SKILLS is never asked");
            }

            @Override
            public Optional<Family> family(String registryNumber) {
                return Optional.ofNullable(families.get(registryNumber));
            }
        });
        CallScope scope = new CallScope();
        scope.channel(CallScope.DCI);
        set("scope", scope);
        set("caller", new CallerContext() {
            @Override
            public Actor actor() {
                return WELFARE;
            }
        });
        set("clock", Clock.fixed(REGISTERED_AT, ZoneOffset.UTC));
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = RegistrySearchService.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(service, value);
    }

    private Returnee registered(long serial, String passport) {
        Returnee r = Returnee.register(
                person().identifiers(new org.returneeregistry.returnee.domain.Identifier(
                                PASSPORT.type(), passport, PASSPORT.issuingCountry()))
                        .build(),
                REGISTRAR,
                REGISTERED_AT,
                "test");
        r.assignRegistryNumber(RegistryNumber.fromSerial(serial));
        byPassport.put(passport, r);
        return r;
    }

    private RegistrySearchAnswer.Item search(SearchCriteria criteria) {
        RegistrySearchAnswer answer = service.search(new RegistrySearchRequest(
                "m-" + kept.size(),
                "tx-1",
                List.of(new RegistrySearchRequest.Item("r-1", criteria, null, null, null))));
        kept.clear();
        return answer.items().get(0);
    }

    @Test
    void aGrantedPersonIsAnsweredWithTheGrantedCategoriesAndTheDecisionIsAsked() {
        Returnee r = registered(42, "PA7654321");
        grants.put(r.registryNumber().value(), Set.of(DataCategory.IDENTITY));

        RegistrySearchAnswer.Item item = search(new SearchCriteria.ByIdentifier("PASSPORT", "PA7654321"));

        assertEquals("succ", item.status());
        assertEquals(1, item.records().size());
        assertEquals(List.of("IDENTITY"), item.records().get(0).grantedCategories());
        assertEquals(null, item.records().get(0).contact(), "CONTACT was not granted");
        ReadRequest asked = decided.get(0);
        assertEquals(Purpose.SOCIAL_PROTECTION_ENROLMENT, asked.purpose());
        assertEquals(Set.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.FAMILY), asked.categories());
        assertEquals(CallScope.DCI, asked.channel());
        assertTrue(asked.subjectExists());
    }

    @Test
    void theHouseholdIsAnsweredOnlyWhenFamilyIsGranted() {
        CaseRecords.Family household = new CaseRecords.Family(
                1,
                List.of(new CaseRecords.FamilyMember(
                        "CHILD", "Ram", "Gurung", LocalDate.of(2016, 8, 1), "1", true, true)),
                REGISTERED_AT);
        Returnee withFamily = registered(44, "PA3333333");
        families.put(withFamily.registryNumber().value(), household);
        grants.put(withFamily.registryNumber().value(), Set.of(DataCategory.IDENTITY, DataCategory.FAMILY));
        Returnee notGranted = registered(45, "PA4444444");
        families.put(notGranted.registryNumber().value(), household);
        grants.put(notGranted.registryNumber().value(), Set.of(DataCategory.IDENTITY));

        DisclosedReturnee answered = search(new SearchCriteria.ByIdentifier("PASSPORT", "PA3333333"))
                .records()
                .get(0);
        assertEquals(household, answered.family());
        assertEquals(List.of("IDENTITY", "FAMILY"), answered.grantedCategories());
        DisclosedReturnee withheld = search(new SearchCriteria.ByIdentifier("PASSPORT", "PA4444444"))
                .records()
                .get(0);
        assertEquals(null, withheld.family(), "FAMILY was not granted");
    }

    @Test
    void aDeniedPersonAndNobodyAnswerAlikeAndBothAreDecided() {
        registered(43, "PA1111111");

        RegistrySearchAnswer.Item denied = search(new SearchCriteria.ByIdentifier("PASSPORT", "PA1111111"));
        RegistrySearchAnswer.Item nobody = search(new SearchCriteria.ByIdentifier("PASSPORT", "PA2222222"));

        assertEquals(nobody, denied);
        assertEquals(2, decided.size(), "the denied person and the miss are both decided");
        assertTrue(decided.get(0).subjectExists());
        assertFalse(decided.get(1).subjectExists());
        assertEquals("", decided.get(1).registryNumber());
    }

    @Test
    void aGrantWithoutIdentityAnswersNoRecord() {
        Returnee r = registered(44, "PA3333333");
        grants.put(r.registryNumber().value(), Set.of(DataCategory.CONTACT));

        assertEquals(
                0,
                search(new SearchCriteria.ByIdentifier("PASSPORT", "PA3333333")).totalCount());
    }

    @Test
    void tooManyCandidatesAreRefusedBeforeAnyoneIsDecided() {
        for (int i = 0; i <= RegistrySearchService.MAX_CANDIDATES; i++) {
            byName.add(registered(100 + i, "PB" + (1000000 + i)));
        }
        RegistrySearchAnswer.Item item = search(new SearchCriteria.ByPredicate(List.of(
                new SearchCriteria.Condition("surname", "eq", "Gurung"),
                new SearchCriteria.Condition("birth_date", "eq", "1990-04-12"))));

        assertEquals("rjct", item.status());
        assertEquals(RegistrySearchService.TOO_MANY_RECORDS, item.reasonCode());
        assertTrue(decided.isEmpty());
    }

    @Test
    void anotherPurposeABadReferenceOrABadPageIsRefusedAloneAndDecidesNobody() {
        RegistrySearchAnswer answer = service.search(new RegistrySearchRequest(
                "m-1",
                "tx-1",
                List.of(
                        new RegistrySearchRequest.Item(
                                "r-1",
                                new SearchCriteria.ByIdentifier("PASSPORT", "PA1234567"),
                                null,
                                null,
                                "STATISTICS"),
                        new RegistrySearchRequest.Item(
                                "r\n2", new SearchCriteria.ByIdentifier("PASSPORT", "PA1234567"), null, null, null),
                        new RegistrySearchRequest.Item(
                                "r-3", new SearchCriteria.ByIdentifier("PASSPORT", "PA1234567"), 11, null, null),
                        new RegistrySearchRequest.Item(
                                "r-3", new SearchCriteria.ByIdentifier("PASSPORT", "PA1234567"), null, null, null))));

        assertEquals(
                List.of(
                        "rjct.search_criteria.invalid",
                        "rjct.reference_id.invalid",
                        "rjct.pagination.invalid",
                        "rjct.reference_id.duplicate"),
                answer.items().stream()
                        .map(RegistrySearchAnswer.Item::reasonCode)
                        .toList());
        assertEquals(null, answer.items().get(1).referenceId(), "an unreadable reference id is not echoed");
        assertTrue(decided.isEmpty());
        assertEquals(4, kept.get(0).items().size());
    }

    @Test
    void aMessageIdIsUsedOnce() {
        service.search(new RegistrySearchRequest(
                "m-1",
                "tx-1",
                List.of(new RegistrySearchRequest.Item(
                        "r-1", new SearchCriteria.ByIdentifier("PASSPORT", "PA9999999"), null, null, null))));
        int decisions = decided.size();

        RegistrySearchAnswer again = service.search(new RegistrySearchRequest(
                "m-1",
                "tx-1",
                List.of(new RegistrySearchRequest.Item(
                        "r-1", new SearchCriteria.ByIdentifier("PASSPORT", "PA9999999"), null, null, null))));

        assertEquals("rjct", again.status());
        assertEquals(RegistrySearchService.MESSAGE_DUPLICATE, again.reasonCode());
        assertEquals(decisions, decided.size(), "the repeat decided nothing");
    }
}
