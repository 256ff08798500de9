package org.returneeregistry.agreement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.organisation.application.OrganisationSummary;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.testsupport.InputChecks;

/** The agreement input rules, with Bean Validation as the service runs it and a directory of two organisations. */
class AgreementRulesTest {

    private static final InputChecks CHECKS = new InputChecks();
    private static final Map<String, OrganisationSummary> REGISTERED = Map.of(
            "NPL-DOFE", new OrganisationSummary("NPL-DOFE", "DoFE", "REGISTRY_OPERATOR", "NPL", List.of(), "ACTIVE"),
            "QAT-GOSI", new OrganisationSummary("QAT-GOSI", "GOSI", "PARTNER_INSTITUTION", "QAT", List.of(), "ACTIVE"));

    @AfterAll
    static void close() {
        CHECKS.close();
    }

    private static Set<String> broken(RegisterAgreement command) {
        InputValidation validation = CHECKS.of(command);
        AgreementRules.check(validation, command, code -> Optional.ofNullable(REGISTERED.get(code)));
        return InputChecks.violations(validation).stream()
                .map(v -> v.field() + ":" + v.rule())
                .collect(Collectors.toSet());
    }

    private static RegisterAgreement registration(
            List<AgreementParty> parties, List<AgreementScope> scope, LocalDate from, LocalDate until) {
        return new RegisterAgreement(
                "LABOUR_MIGRATION", "Title", "REF/1", null, null, from, until, 30, parties, scope, null, null);
    }

    private static final List<AgreementParty> PARTIES =
            List.of(new AgreementParty("NPL", "NPL-DOFE"), new AgreementParty("QAT", "QAT-GOSI"));
    private static final AgreementScope ROW =
            new AgreementScope("INBOUND", "RETURN_NOTICE", "IDENTITY", "REINTEGRATION_SERVICES", "AGREEMENT");

    @Test
    void anAgreementIdGivenByTheOtherPartyMustBeALowerCaseUuid() {
        RegisterAgreement good = new RegisterAgreement(
                "LABOUR_MIGRATION",
                "Title",
                "REF/1",
                null,
                null,
                LocalDate.of(2026, 1, 1),
                null,
                30,
                PARTIES,
                List.of(ROW),
                null,
                "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2");
        RegisterAgreement upper = new RegisterAgreement(
                "LABOUR_MIGRATION",
                "Title",
                "REF/1",
                null,
                null,
                LocalDate.of(2026, 1, 1),
                null,
                30,
                PARTIES,
                List.of(ROW),
                null,
                "7D0C5D8E-3A1B-4C57-9F5E-2B8A41F0C6D2");
        assertEquals(Set.of(), broken(good));
        assertEquals(1, broken(upper).size(), () -> broken(upper).toString());
        assertEquals("agreementId", broken(upper).iterator().next().split(":")[0]);
    }

    @Test
    void aValidRegistrationPasses() {
        assertEquals(
                Set.of(),
                broken(registration(PARTIES, List.of(ROW), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))),
                "a validity of one day is valid");
    }

    @Test
    void partiesMustBeRegisteredInstitutionsOfTheirCountriesOfAtLeastTwoCountries() {
        assertEquals(
                Set.of("parties[1].institution:InstitutionCountry", "parties:Bilateral"),
                broken(registration(
                        List.of(new AgreementParty("NPL", "NPL-DOFE"), new AgreementParty("NPL", "QAT-GOSI")),
                        List.of(ROW),
                        LocalDate.of(2026, 1, 1),
                        null)));
        assertEquals(
                Set.of("parties[1].institution:RegisteredInstitution", "parties[2].institution:UniqueParty"),
                broken(registration(
                        List.of(
                                new AgreementParty("NPL", "NPL-DOFE"),
                                new AgreementParty("QAT", "QAT-NONE"),
                                new AgreementParty("NPL", "NPL-DOFE")),
                        List.of(ROW),
                        LocalDate.of(2026, 1, 1),
                        null)));
    }

    @Test
    void scopeRowsAreCodesAndNoTwoCoverTheSameMessage() {
        AgreementScope other = new AgreementScope(
                "INBOUND", "RETURN_NOTICE", "IDENTITY", "REINTEGRATION_SERVICES", "CONSENT_REQUIRED");
        AgreementScope unknown = new AgreementScope("UP", "FAX", "SHOES", "FUN", "MAYBE");
        assertEquals(
                Set.of(
                        "scope[1]:UniqueScope",
                        "scope[2].direction:Code",
                        "scope[2].messageType:Code",
                        "scope[2].category:Code",
                        "scope[2].purpose:Code",
                        "scope[2].legalBasis:Code"),
                broken(registration(PARTIES, List.of(ROW, other, unknown), LocalDate.of(2026, 1, 1), null)));
    }

    @Test
    void validityAndDatesAreInOrder() {
        assertEquals(
                Set.of("validUntil:ValidityOrder"),
                broken(registration(PARTIES, List.of(ROW), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))));
        RegisterAgreement dates = new RegisterAgreement(
                "LABOUR_MIGRATION",
                "Title",
                "REF/1",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 1, 1),
                null,
                30,
                PARTIES,
                List.of(ROW),
                null,
                null);
        assertEquals(Set.of("entryIntoForceDate:DateOrder"), broken(dates));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://gosi.example.qa/soap",
                "http://127.0.0.1:8080/registry/soap/PartnerExchange",
                "https://gosi.example.qa:8443/api?x=1"
            })
    void endpointUrlsThatAreAccepted(String url) {
        InputValidation validation = CHECKS.of(new Object());
        AgreementRules.checkUrl(validation, url, ANY_ADDRESS);
        assertEquals(List.of(), InputChecks.violations(validation));
    }

    /** The outbound-address policy as the exchange context would answer it: here, every host is fine. */
    private static final EndpointAddresses ANY_ADDRESS = (validation, field, url) -> {};

    @org.junit.jupiter.api.Test
    void theOutboundAddressPolicyIsAskedAboutAWellFormedUrlOnlyAndItsRefusalNamesTheUrl() {
        List<String> asked = new java.util.ArrayList<>();
        EndpointAddresses refusing = (validation, field, url) -> {
            asked.add(url.getHost());
            validation.check(true, field, "InternalAddress", "must not be an internal address");
        };
        InputValidation internal = CHECKS.of(new Object());
        AgreementRules.checkUrl(internal, "https://10.1.2.3/soap", refusing);
        assertEquals(List.of("10.1.2.3"), asked);
        assertEquals(
                List.of("url InternalAddress"),
                InputChecks.violations(internal).stream()
                        .map(v -> v.field() + " " + v.rule())
                        .toList());

        InputValidation malformed = CHECKS.of(new Object());
        AgreementRules.checkUrl(malformed, "ftp://10.1.2.3/", refusing);
        assertEquals(List.of("10.1.2.3"), asked, "a malformed URL is refused before the policy is asked");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://gosi.example.qa",
                "gosi.example.qa",
                "https://u:p@gosi.example.qa/",
                "https://gosi.example.qa/#top",
                "https:///path",
                "https://gosi example.qa/"
            })
    void endpointUrlsThatAreRefused(String url) {
        InputValidation validation = CHECKS.of(new Object());
        AgreementRules.checkUrl(validation, url, ANY_ADDRESS);
        assertTrue(
                InputChecks.violations(validation).stream()
                        .anyMatch(v -> v.rule().equals("EndpointUrl")),
                url);
    }
}
