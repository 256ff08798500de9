package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.JsonObject;
import jakarta.jws.WebMethod;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Assessments;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.common.v1.Identifier;
import org.returneeregistry.schemas.consent.v1.ConsentRecording;
import org.returneeregistry.schemas.referral.v1.NewReferral;
import org.returneeregistry.schemas.returnee.v1.Correction;
import org.returneeregistry.schemas.returnee.v1.ReturneeQuery;
import org.returneeregistry.schemas.wsdl.v1.ConsentPort;
import org.returneeregistry.schemas.wsdl.v1.ReferralPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.ReturnNotificationPort;
import org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryPort;

/**
 * Which role may call what, over every REST operation and every SOAP operation the deployed registry
 * publishes. The operations are read from the registry itself — the paths of its OpenAPI document and
 * the operations of its WSDLs — and each must have a row below, so an endpoint added without deciding
 * who may call it fails this test. Every operation is called without a token (401 / NotAuthenticated)
 * and with a real token of each of the seven roles: allowed roles get past authorisation (any answer
 * but 401/403), the others get 403 / NotAuthorized.
 */
class AccessMatrixIT extends DeployedRegistry {

    private static final String REGISTRAR = "registrar";
    private static final String MISSION = "mission-officer";
    private static final String MINISTRY = "ministry-system";
    private static final String PARTNER = "partner-institution";
    private static final String SOCIAL_SECURITY = "social-security-officer";
    private static final String AUDITOR = "auditor";
    private static final String ADMIN = "registry-admin";
    private static final Set<String> EVERY_ROLE =
            Set.of(REGISTRAR, MISSION, MINISTRY, PARTNER, SOCIAL_SECURITY, AUDITOR, ADMIN);

    /** REST: "METHOD /path template" under /api/v1 → the roles allowed. */
    private static final Map<String, Set<String>> REST = Map.ofEntries(
            Map.entry("GET /code-lists", EVERY_ROLE),
            Map.entry("GET /code-lists/{name}", EVERY_ROLE),
            Map.entry("POST /return-notifications", Set.of(MISSION)),
            Map.entry("GET /return-notifications/{missionCode}/{notificationId}", Set.of(MISSION, REGISTRAR)),
            Map.entry("POST /return-notifications/batches", Set.of(MISSION)),
            Map.entry("GET /return-notifications/batches/{batchId}", Set.of(MISSION)),
            Map.entry("GET /return-notifications/batches/{batchId}/errors.csv", Set.of(MISSION)),
            Map.entry("GET /identity-reviews", Set.of(REGISTRAR)),
            Map.entry("POST /identity-reviews/{missionCode}/{notificationId}/merge", Set.of(REGISTRAR)),
            Map.entry("POST /identity-reviews/{missionCode}/{notificationId}/split", Set.of(REGISTRAR)),
            Map.entry("POST /returnees", Set.of(REGISTRAR)),
            Map.entry("GET /returnees", Set.of(REGISTRAR)),
            Map.entry("GET /returnees/{registryNumber}", Set.of(REGISTRAR)),
            Map.entry("POST /returnees/{registryNumber}/corrections", Set.of(REGISTRAR)),
            Map.entry("GET /returnees/{registryNumber}/history", Set.of(REGISTRAR)),
            Map.entry("POST /organisations", Set.of(ADMIN)),
            Map.entry("GET /organisations", Set.of(ADMIN, AUDITOR)),
            Map.entry("GET /organisations/{code}", Set.of(ADMIN, AUDITOR)),
            Map.entry("POST /organisations/{code}/suspension", Set.of(ADMIN)),
            Map.entry("POST /organisations/{code}/reinstatement", Set.of(ADMIN)),
            Map.entry("GET /audit-entries", Set.of(AUDITOR)),
            Map.entry("GET /audit-entries/verification", Set.of(AUDITOR)),
            Map.entry("GET /audit-entries/bundle", Set.of(AUDITOR)),
            Map.entry(
                    "GET /returnees/{registryNumber}/disclosure",
                    Set.of(REGISTRAR, MINISTRY, MISSION, SOCIAL_SECURITY, PARTNER)),
            Map.entry("POST /consents", Set.of(REGISTRAR, MISSION)),
            Map.entry("GET /consents", Set.of(REGISTRAR, AUDITOR)),
            Map.entry("GET /consents/{consentId}", Set.of(REGISTRAR, AUDITOR, MISSION)),
            Map.entry("POST /consents/{consentId}/revocation", Set.of(REGISTRAR, MISSION)),
            Map.entry("GET /consents/{consentId}/receipt", Set.of(REGISTRAR, AUDITOR, MISSION)),
            Map.entry("GET /consent-receipt-keys", EVERY_ROLE),
            Map.entry("GET /decision-log", Set.of(AUDITOR)),
            Map.entry("GET /decision-log/verification", Set.of(AUDITOR)),
            Map.entry("GET /decision-log/bundle", Set.of(AUDITOR)),
            Map.entry("GET /exchange-messages", Set.of(AUDITOR)),
            Map.entry("GET /exchange-messages/verification", Set.of(AUDITOR)),
            Map.entry("GET /exchange-messages/bundle", Set.of(AUDITOR)),
            Map.entry("PUT /delivery-endpoints/{organisationCode}", Set.of(ADMIN)),
            Map.entry("GET /delivery-endpoints/{organisationCode}", Set.of(ADMIN)),
            Map.entry("GET /outbox-messages", Set.of(ADMIN, AUDITOR)),
            Map.entry("POST /outbox-messages/{id}/requeue", Set.of(ADMIN)),
            Map.entry("POST /outbox-messages/{id}/discard", Set.of(ADMIN)),
            Map.entry("PUT /referral-routes/{service}", Set.of(ADMIN)),
            Map.entry("GET /referral-routes", Set.of(ADMIN, REGISTRAR)),
            Map.entry("POST /referrals", Set.of(REGISTRAR)),
            Map.entry("GET /referrals", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("GET /referrals/{id}", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("POST /referrals/{id}/acceptance", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("POST /referrals/{id}/decline", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("POST /referrals/{id}/outcome", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("POST /referrals/{id}/routing", Set.of(REGISTRAR)),
            Map.entry("POST /cases", Set.of(REGISTRAR)),
            Map.entry("GET /cases", Set.of(REGISTRAR)),
            Map.entry("GET /cases/{id}", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/assignment", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/transfer", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/closure", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/assessments", Set.of(REGISTRAR)),
            Map.entry("GET /cases/{id}/assessments/{number}", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/goals", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/actions", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/actions/{number}/end", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/referrals", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/notes", Set.of(REGISTRAR)),
            Map.entry("POST /cases/{id}/follow-ups", Set.of(REGISTRAR)),
            Map.entry("GET /overdue-follow-ups", Set.of(REGISTRAR)),
            Map.entry("PUT /cases/{id}/skills-profile", Set.of(REGISTRAR)),
            Map.entry("GET /cases/{id}/skills-profile", Set.of(REGISTRAR)),
            Map.entry("PUT /cases/{id}/family", Set.of(REGISTRAR)),
            Map.entry("GET /cases/{id}/family", Set.of(REGISTRAR)),
            Map.entry("POST /grievances", Set.of(REGISTRAR)),
            Map.entry("GET /grievances", Set.of(REGISTRAR)),
            Map.entry("GET /grievances/{id}", Set.of(REGISTRAR)),
            Map.entry("POST /grievances/{id}/review", Set.of(REGISTRAR)),
            Map.entry("POST /grievances/{id}/response", Set.of(REGISTRAR)),
            Map.entry("POST /grievances/{id}/closure", Set.of(REGISTRAR)),
            Map.entry("GET /questionnaires", Set.of(REGISTRAR)),
            Map.entry("GET /questionnaires/{code}/{version}", Set.of(REGISTRAR)),
            Map.entry("GET /indicators", Set.of(MINISTRY, AUDITOR, ADMIN)),
            Map.entry("GET /indicators/{id}", Set.of(MINISTRY, AUDITOR, ADMIN)),
            Map.entry("POST /agreements", Set.of(ADMIN)),
            Map.entry("GET /agreements", Set.of(ADMIN, AUDITOR)),
            Map.entry("GET /agreements/{agreementId}", Set.of(ADMIN, AUDITOR)),
            Map.entry("GET /agreements/{agreementId}/versions/{version}", Set.of(ADMIN, AUDITOR)),
            Map.entry("POST /agreements/{agreementId}/amendments", Set.of(ADMIN)),
            Map.entry("POST /agreements/{agreementId}/entry-into-force", Set.of(ADMIN)),
            Map.entry("POST /agreements/{agreementId}/suspension", Set.of(ADMIN)),
            Map.entry("POST /agreements/{agreementId}/resumption", Set.of(ADMIN)),
            Map.entry("POST /agreements/{agreementId}/termination", Set.of(ADMIN)),
            Map.entry("POST /agreements/{agreementId}/certificates", Set.of(ADMIN)),
            Map.entry("POST /agreements/{agreementId}/certificates/{certificateId}/revocation", Set.of(ADMIN)),
            Map.entry("PUT /agreements/{agreementId}/endpoints/{institution}/{transport}", Set.of(ADMIN)),
            Map.entry("POST /partner-messages/employment-record-requests", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("POST /partner-messages/return-notices", Set.of(REGISTRAR)),
            // the partner exchange's REST twin: a partner institution, or a caller its detached JWS authenticates
            Map.entry("POST /partner-exchange/messages", Set.of(PARTNER)),
            // partner employment record requests: the officers' list and their answer
            Map.entry("GET /partner-messages/employment-record-requests", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry(
                    "POST /partner-messages/employment-record-requests/{id}/answer",
                    Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("POST /social-security/assessments", Set.of(SOCIAL_SECURITY)),
            Map.entry("PUT /social-security/agreements/{agreementId}/section", Set.of(ADMIN)),
            Map.entry("GET /social-security/agreements/{agreementId}/section", Set.of(ADMIN, SOCIAL_SECURITY, AUDITOR)),
            Map.entry("POST /social-security/claims", Set.of(SOCIAL_SECURITY)),
            Map.entry("GET /social-security/claims", Set.of(SOCIAL_SECURITY, PARTNER)),
            Map.entry("GET /social-security/claims/{claimId}", Set.of(SOCIAL_SECURITY, PARTNER)),
            Map.entry("POST /social-security/claims/{claimId}/submission", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/claims/{claimId}/period-requests", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/claims/{claimId}/reminders", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/claims/{claimId}/periods", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/claims/{claimId}/assessment", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/claims/{claimId}/decision", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/claims/{claimId}/withdrawal", Set.of(SOCIAL_SECURITY)),
            Map.entry("GET /social-security/period-requests", Set.of(SOCIAL_SECURITY)),
            Map.entry("GET /social-security/period-requests/{requestId}", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/period-requests/{requestId}/answer", Set.of(SOCIAL_SECURITY)),
            Map.entry("POST /social-security/claims/{claimId}/reopening", Set.of(SOCIAL_SECURITY)),
            // a claim's decision notices: its home institution's officers and the operator's registrars
            Map.entry("GET /social-security/claims/{claimId}/notices", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("GET /social-security/claims/{claimId}/notices/{noticeId}", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            // statements of periods abroad: issued and read by the operator's registrars and officers; their keys
            // and the verification behind the QR code are public
            Map.entry("POST /returnees/{registryNumber}/statements", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("GET /returnees/{registryNumber}/statements/{statementId}", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("GET /returnees/{registryNumber}/statements", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("GET /statement-keys", EVERY_ROLE),
            Map.entry("GET /statement-keys/certificates", EVERY_ROLE),
            Map.entry("GET /statement-verifications/{statementId}", EVERY_ROLE),
            // a returnee's access report: a registrar at the returnee's request, an auditor in oversight
            Map.entry("GET /returnees/{registryNumber}/access-report", Set.of(REGISTRAR, AUDITOR)));

    /** REST operations anyone may call without a token: the consent receipt keys, for verifying receipts offline. */
    private static final Set<String> PUBLIC_REST = Set.of(
            "GET /consent-receipt-keys",
            "GET /statement-keys",
            "GET /statement-keys/certificates",
            "GET /statement-verifications/{statementId}");

    /**
     * Operations a caller without a token reaches, to be authenticated by the message's signature (ADR 0026): the
     * matrix's unsigned call is refused for what it lacks, never let through.
     */
    private static final Set<String> SIGNED_REST = Set.of("POST /partner-exchange/messages");

    /** A batch id no batch has. */
    private static final String NO_BATCH = "00000000-0000-4000-8000-000000000000";

    /** SOAP: "Service.Operation" → the roles allowed. */
    private static final Map<String, Set<String>> SOAP = Map.ofEntries(
            Map.entry("ReturnNotificationService.SubmitReturnNotification", Set.of(MISSION)),
            Map.entry("ReturnNotificationService.GetNotificationStatus", Set.of(MISSION, REGISTRAR)),
            Map.entry("ReturnNotificationService.SubmitReturnNotificationBatch", Set.of(MISSION)),
            Map.entry("ReturnNotificationService.GetReturnNotificationBatch", Set.of(MISSION)),
            Map.entry("ReturneeRegistryService.RegisterReturnee", Set.of(REGISTRAR)),
            Map.entry("ReturneeRegistryService.GetReturnee", Set.of(REGISTRAR)),
            Map.entry("ReturneeRegistryService.FindReturnees", Set.of(REGISTRAR)),
            Map.entry("ReturneeRegistryService.CorrectReturnee", Set.of(REGISTRAR)),
            Map.entry("ReturneeRegistryService.GetReturneeHistory", Set.of(REGISTRAR)),
            Map.entry("ConsentService.RecordConsent", Set.of(REGISTRAR, MISSION)),
            Map.entry("ConsentService.GetConsent", Set.of(REGISTRAR, AUDITOR, MISSION)),
            Map.entry("ConsentService.RevokeConsent", Set.of(REGISTRAR, MISSION)),
            Map.entry("ConsentService.GetConsentReceipt", Set.of(REGISTRAR, AUDITOR, MISSION)),
            Map.entry("ConsentService.ReadReturnee", Set.of(REGISTRAR, MINISTRY, MISSION, SOCIAL_SECURITY, PARTNER)),
            Map.entry("ReferralService.ListReferrals", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("ReferralService.GetReferral", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("ReferralService.AcceptReferral", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("ReferralService.DeclineReferral", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("ReferralService.ReportReferralOutcome", Set.of(REGISTRAR, MINISTRY)),
            Map.entry("ReferralService.CreateReferral", Set.of(REGISTRAR)),
            Map.entry("ReferralService.RouteReferral", Set.of(REGISTRAR)),
            Map.entry("AgreementService.RegisterAgreement", Set.of(ADMIN)),
            Map.entry("AgreementService.AmendAgreement", Set.of(ADMIN)),
            Map.entry("AgreementService.PutAgreementInForce", Set.of(ADMIN)),
            Map.entry("AgreementService.SuspendAgreement", Set.of(ADMIN)),
            Map.entry("AgreementService.ResumeAgreement", Set.of(ADMIN)),
            Map.entry("AgreementService.TerminateAgreement", Set.of(ADMIN)),
            Map.entry("AgreementService.AttachAgreementCertificate", Set.of(ADMIN)),
            Map.entry("AgreementService.RevokeAgreementCertificate", Set.of(ADMIN)),
            Map.entry("AgreementService.SetAgreementEndpoint", Set.of(ADMIN)),
            Map.entry("AgreementService.GetAgreement", Set.of(ADMIN, AUDITOR)),
            Map.entry("AgreementService.ListAgreements", Set.of(ADMIN, AUDITOR)),
            Map.entry("PartnerExchangeService.ReturnNotice", Set.of(PARTNER)),
            Map.entry("PartnerExchangeService.EmploymentRecordRequest", Set.of(PARTNER)),
            Map.entry("PartnerExchangeService.EmploymentRecordResponse", Set.of(PARTNER)),
            Map.entry("PartnerExchangeService.ConsentRevoked", Set.of(PARTNER)),
            Map.entry("SocialSecurityService.Assess", Set.of(SOCIAL_SECURITY)),
            Map.entry("PartnerExchangeService.InsurancePeriodRequest", Set.of(PARTNER)),
            Map.entry("PartnerExchangeService.InsurancePeriodAnswer", Set.of(PARTNER)),
            Map.entry("PartnerExchangeService.ClaimDecision", Set.of(PARTNER)),
            Map.entry("SocialSecurityService.CreateClaim", Set.of(SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.GetClaim", Set.of(SOCIAL_SECURITY, PARTNER)),
            Map.entry("SocialSecurityService.MoveClaim", Set.of(SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.AddClaimPeriods", Set.of(SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.DecideClaim", Set.of(SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.IssuePeriodStatement", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.GetDecisionNotices", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.ListPeriodRequests", Set.of(SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.GetPeriodRequest", Set.of(SOCIAL_SECURITY)),
            Map.entry("SocialSecurityService.AnswerPeriodRequest", Set.of(SOCIAL_SECURITY)),
            Map.entry("CaseService.OpenCase", Set.of(REGISTRAR)),
            Map.entry("CaseService.GetCase", Set.of(REGISTRAR)),
            Map.entry("CaseService.ListCases", Set.of(REGISTRAR)),
            Map.entry("CaseService.AssignCase", Set.of(REGISTRAR)),
            Map.entry("CaseService.TransferCase", Set.of(REGISTRAR)),
            Map.entry("CaseService.CloseCase", Set.of(REGISTRAR)),
            Map.entry("CaseService.RecordCaseAssessment", Set.of(REGISTRAR)),
            Map.entry("CaseService.GetCaseAssessment", Set.of(REGISTRAR)),
            Map.entry("CaseService.AddCaseGoal", Set.of(REGISTRAR)),
            Map.entry("CaseService.AddCaseAction", Set.of(REGISTRAR)),
            Map.entry("CaseService.EndCaseAction", Set.of(REGISTRAR)),
            Map.entry("CaseService.LinkCaseReferral", Set.of(REGISTRAR)),
            Map.entry("CaseService.AddCaseNote", Set.of(REGISTRAR)),
            Map.entry("CaseService.RecordFollowUp", Set.of(REGISTRAR)),
            Map.entry("CaseService.ListOverdueFollowUps", Set.of(REGISTRAR)),
            Map.entry("CaseService.RecordSkillsProfile", Set.of(REGISTRAR)),
            Map.entry("CaseService.GetSkillsProfile", Set.of(REGISTRAR)),
            Map.entry("CaseService.RecordFamily", Set.of(REGISTRAR)),
            Map.entry("CaseService.GetFamily", Set.of(REGISTRAR)),
            Map.entry("CaseService.RecordGrievance", Set.of(REGISTRAR)),
            Map.entry("CaseService.ListGrievances", Set.of(REGISTRAR)),
            Map.entry("CaseService.GetGrievance", Set.of(REGISTRAR)),
            Map.entry("CaseService.ReviewGrievance", Set.of(REGISTRAR)),
            Map.entry("CaseService.RespondToGrievance", Set.of(REGISTRAR)),
            Map.entry("CaseService.CloseGrievance", Set.of(REGISTRAR)),
            // the officers' side of partner messages over SOAP, as REST /partner-messages/employment-record-requests
            Map.entry("PartnerMessagingService.ListEmploymentRecordRequests", Set.of(REGISTRAR, SOCIAL_SECURITY)),
            Map.entry("PartnerMessagingService.AnswerEmploymentRecordRequest", Set.of(REGISTRAR, SOCIAL_SECURITY)));

    /** The DCI registry search (docs/dci.md), beside /api/v1 under /sync: "POST /path" → the roles allowed. */
    private static final Map<String, Set<String>> DCI =
            Map.of("POST /sync/search", Set.of(MINISTRY), "POST /sync/txn/status", Set.of(MINISTRY));

    /** A referral id no referral has. */
    private static final String NO_REFERRAL = "00000000-0000-4000-8000-000000000000";
    /** A valid registry number far above any the tests register. */
    private static final String UNHELD_RETURNEE = "RR-9999-9901-3";

    private static final Set<String> REFUSALS =
            Set.of("NotAuthenticated", "NotAuthorized", "OrganisationSuspended", "UnknownOrganisation");
    private static final Pattern OPERATION = Pattern.compile("<wsdl:operation name=\"([^\"]+)\"");
    /** How many calls of a matrix are made at once. */
    private static final int CONCURRENT_CALLS = 4;

    @Test
    void everyRestOperationHasADecidedSetOfRoles() {
        assertEquals(
                new TreeSet<>(REST.keySet()),
                new TreeSet<>(publishedRestOperations()),
                "REST operations published in /openapi vs. rows of the access matrix");
    }

    @Test
    void everySoapOperationHasADecidedSetOfRoles() {
        Set<String> published = new TreeSet<>();
        for (String service : List.of(
                "ReturnNotificationService",
                "ReturneeRegistryService",
                "ConsentService",
                "ReferralService",
                "AgreementService",
                "PartnerExchangeService",
                "SocialSecurityService",
                "CaseService",
                "PartnerMessagingService")) {
            Matcher m = OPERATION.matcher(
                    RegistryApi.sendAnonymously(HttpRequest.newBuilder(RegistryApi.uri("/soap/" + service + "?wsdl"))
                                    .GET())
                            .expect(200)
                            .body());
            while (m.find()) {
                published.add(service + "." + m.group(1));
            }
        }
        assertEquals(
                new TreeSet<>(SOAP.keySet()), published, "SOAP operations in the WSDLs vs. rows of the access matrix");
        assertEquals(published, new TreeSet<>(soapCalls().keySet()), "every WSDL operation has a call in this test");
    }

    @Test
    void restOperationsAllowOnlyTheirRoles() {
        Map<String, Caller> callers = Callers.oneOfEachRole();
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : new TreeMap<>(REST).entrySet()) {
            String[] methodAndPath = row.getKey().split(" ", 2);
            checks.add(new Check(row.getKey() + " without a token", () -> {
                Answer anonymous =
                        RegistryApi.sendAnonymously(request(methodAndPath[0], methodAndPath[1], "NPL-EMB-DOH"));
                boolean wrong = PUBLIC_REST.contains(row.getKey())
                        ? anonymous.status() != 200
                        : SIGNED_REST.contains(row.getKey())
                                ? anonymous.status() != 400
                                : anonymous.status() != 401 || !anonymous.body().contains("NotAuthenticated");
                return wrong ? anonymous.status() + " " + anonymous.body() : null;
            }));
            for (Caller caller : callers.values()) {
                boolean allowed = row.getValue().contains(caller.role());
                checks.add(roleCheck(
                        row.getKey(),
                        caller,
                        allowed,
                        () -> RegistryApi.sendAs(
                                caller, request(methodAndPath[0], methodAndPath[1], caller.organisation()))));
            }
        }
        List<String> wrong = wrongAnswers(checks);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
    }

    /**
     * One operation called as one role: a role the row allows must get past authorisation (neither 401 nor 403), any
     * other must be refused 403 {@code NotAuthorized}. The check answers what was wrong, or null.
     */
    private static Check roleCheck(String operation, Caller caller, boolean allowed, Supplier<Answer> call) {
        return new Check(operation + " as " + caller.role() + " (" + (allowed ? "allowed" : "denied") + ")", () -> {
            Answer answer = call.get();
            boolean refused = answer.status() == 403 && answer.body().contains("\"NotAuthorized\"");
            return (allowed ? answer.status() == 401 || answer.status() == 403 : !refused)
                    ? answer.status() + " " + answer.body()
                    : null;
        });
    }

    @Test
    void dciOperationsAllowOnlyTheirRoles() {
        assertEquals(
                new TreeSet<>(DCI.keySet()),
                new TreeSet<>(publishedOperations("/sync")),
                "DCI operations published in /openapi vs. rows of the access matrix");
        Map<String, Caller> callers = Callers.oneOfEachRole();
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : new TreeMap<>(DCI).entrySet()) {
            String path = row.getKey().split(" ", 2)[1];
            checks.add(new Check(row.getKey() + " without a token", () -> {
                Answer anonymous = RegistryApi.sendAnonymously(dciRequest(path));
                return anonymous.status() != 401 || !anonymous.body().contains("NotAuthenticated")
                        ? anonymous.status() + " " + anonymous.body()
                        : null;
            }));
            for (Caller caller : callers.values()) {
                boolean allowed = row.getValue().contains(caller.role());
                checks.add(
                        roleCheck(row.getKey(), caller, allowed, () -> RegistryApi.sendAs(caller, dciRequest(path))));
            }
        }
        List<String> wrong = wrongAnswers(checks);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
    }

    /** A well-formed DCI envelope for the path (a search for a passport nobody holds, or a transaction's status). */
    private static HttpRequest.Builder dciRequest(String path) {
        String header = "{\"version\":\"1.0.0\",\"message_id\":\"" + java.util.UUID.randomUUID()
                + "\",\"message_ts\":\"2026-12-01T10:00:00Z\",\"action\":\""
                + (path.endsWith("search") ? "search" : "txn-status")
                + "\",\"sender_id\":\"matrix\",\"total_count\":1,\"is_msg_encrypted\":false}";
        String message = path.endsWith("search")
                ? "{\"transaction_id\":\"matrix\",\"search_request\":[{\"reference_id\":\"matrix-1\","
                        + "\"search_criteria\":{\"query_type\":\"idtype-value\",\"query\":{\"type\":\"PASSPORT\","
                        + "\"value\":\"ZZMATRIX00\"}}}]}"
                : "{\"transaction_id\":\"matrix\",\"txnstatus_request\":{\"txn_type\":\"search\","
                        + "\"attribute_type\":\"transaction_id\",\"attribute_value\":\"matrix\"}}";
        return HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"header\":" + header + ",\"message\":" + message + "}"));
    }

    @Test
    void soapOperationsAllowOnlyTheirRoles() {
        Map<String, Caller> callers = Callers.oneOfEachRole();
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, Function<Caller, Object>> call : new TreeMap<>(soapCalls()).entrySet()) {
            // the partner exchange authenticates a call without a token by its signature (ADR 0026): unsigned, refused
            String unauthenticated =
                    call.getKey().startsWith("PartnerExchangeService.") ? "SignatureMissing" : "NotAuthenticated";
            checks.add(new Check(call.getKey() + " without a token", () -> {
                String anonymous = faultCode(() -> call.getValue().apply(null));
                return unauthenticated.equals(anonymous) ? null : anonymous;
            }));
            for (Caller caller : callers.values()) {
                boolean allowed = SOAP.get(call.getKey()).contains(caller.role());
                checks.add(new Check(
                        call.getKey() + " as " + caller.role() + " (" + (allowed ? "allowed" : "denied") + ")", () -> {
                            String code = faultCode(() -> call.getValue().apply(caller));
                            return (allowed ? REFUSALS.contains(code) : !"NotAuthorized".equals(code)) ? code : null;
                        }));
            }
        }
        List<String> wrong = wrongAnswers(checks);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
    }

    /**
     * One call of the matrix: what it is (operation, caller, whether the caller is allowed) and the check, which
     * answers what was wrong with the answer, or null if it was right.
     */
    private record Check(String call, java.util.concurrent.Callable<String> answer) {}

    /**
     * Makes every call of a matrix, {@link #CONCURRENT_CALLS} at a time (no call depends on another's answer), and
     * answers each wrong answer as "call: answer", in the order of the checks. A call that fails without an answer
     * is a wrong answer too, named by its call.
     */
    private static List<String> wrongAnswers(List<Check> checks) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CONCURRENT_CALLS);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (Check check : checks) {
                answers.add(pool.submit(check.answer()));
            }
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                String call = checks.get(i).call();
                try {
                    String answer = answers.get(i).get(2, java.util.concurrent.TimeUnit.MINUTES);
                    if (answer != null) {
                        wrong.add(call + ": " + answer);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    wrong.add(call + ": no answer, " + e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    wrong.add(call + ": no answer within 2 minutes");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted awaiting " + call, e);
                }
            }
            return wrong;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A schema-valid call of each SOAP operation through the client generated from the WSDL. */
    private static Map<String, Function<Caller, Object>> soapCalls() {
        Map<String, Function<Caller, Object>> calls = new TreeMap<>();
        calls.put(
                "ReturnNotificationService.SubmitReturnNotification",
                c -> soap(() -> RegistryApi.notificationPort(c)
                        .submitReturnNotification(
                                Samples.soapNotification(Samples.notificationId(), Samples.passportNumber()))));
        calls.put(
                "ReturnNotificationService.GetNotificationStatus",
                c -> soap(() -> RegistryApi.notificationPort(c)
                        .getNotificationStatus(c == null ? Samples.MISSION : c.organisation(), "MATRIX-1")));
        calls.put(
                "ReturnNotificationService.SubmitReturnNotificationBatch",
                c -> soap(() -> RegistryApi.notificationPort(c)
                        .submitReturnNotificationBatch(List.of(
                                Samples.soapNotification(Samples.notificationId(), Samples.passportNumber())))));
        calls.put(
                "ReturnNotificationService.GetReturnNotificationBatch",
                c -> soap(() -> RegistryApi.notificationPort(c).getReturnNotificationBatch(NO_BATCH, null, null)));
        calls.put(
                "ReturneeRegistryService.RegisterReturnee",
                c -> soap(() -> RegistryApi.registryPort(c)
                        .registerReturnee(Samples.soapRegistration(
                                Samples.passportNumber(),
                                Samples.familyName(),
                                LocalDate.parse(Samples.DATE_OF_BIRTH)))));
        calls.put(
                "ReturneeRegistryService.GetReturnee",
                c -> soap(() -> RegistryApi.registryPort(c).getReturnee("RR-0000-0001-3", "REINTEGRATION_SERVICES")));
        calls.put(
                "ReturneeRegistryService.FindReturnees",
                c -> soap(() -> RegistryApi.registryPort(c).findReturnees(query())));
        calls.put(
                "ReturneeRegistryService.CorrectReturnee",
                c -> soap(() -> RegistryApi.registryPort(c).correctReturnee(correction())));
        calls.put(
                "ReturneeRegistryService.GetReturneeHistory",
                c -> soap(() ->
                        RegistryApi.registryPort(c).getReturneeHistory("RR-0000-0001-3", "REINTEGRATION_SERVICES")));
        calls.put(
                "ConsentService.RecordConsent",
                c -> soap(() -> RegistryApi.consentPort(c).recordConsent(consent())));
        calls.put(
                "ConsentService.GetConsent",
                c -> soap(() -> RegistryApi.consentPort(c).getConsent(UNKNOWN_CONSENT)));
        calls.put(
                "ConsentService.RevokeConsent",
                c -> soap(() -> RegistryApi.consentPort(c).revokeConsent(UNKNOWN_CONSENT, "Access matrix check")));
        calls.put(
                "ConsentService.GetConsentReceipt",
                c -> soap(() -> RegistryApi.consentPort(c).getConsentReceipt(UNKNOWN_CONSENT)));
        calls.put(
                "ConsentService.ReadReturnee",
                c -> soap(() -> RegistryApi.consentPort(c)
                        .readReturnee("RR-0000-0001-3", "REINTEGRATION_SERVICES", List.of())));
        calls.put(
                "ReferralService.ListReferrals",
                c -> soap(() -> RegistryApi.referralPort(c)
                        .listReferrals(new org.returneeregistry.schemas.referral.v1.ReferralQuery())));
        calls.put(
                "ReferralService.GetReferral",
                c -> soap(() -> RegistryApi.referralPort(c).getReferral(NO_REFERRAL)));
        calls.put(
                "ReferralService.AcceptReferral",
                c -> soap(() -> RegistryApi.referralPort(c).acceptReferral(NO_REFERRAL)));
        calls.put(
                "ReferralService.DeclineReferral",
                c -> soap(() -> RegistryApi.referralPort(c).declineReferral(NO_REFERRAL, "Access matrix check")));
        calls.put(
                "ReferralService.ReportReferralOutcome",
                c -> soap(() ->
                        RegistryApi.referralPort(c).reportReferralOutcome(NO_REFERRAL, "SERVICE_PROVIDED", null)));
        calls.put(
                "ReferralService.CreateReferral",
                c -> soap(() -> RegistryApi.referralPort(c).createReferral(newReferral())));
        calls.put(
                "ReferralService.RouteReferral",
                c -> soap(() -> RegistryApi.referralPort(c).routeReferral(NO_REFERRAL, "ZZZ-MATRIX")));
        calls.put(
                "AgreementService.RegisterAgreement",
                c -> soap(() -> RegistryApi.agreementPort(c).registerAgreement(agreementRegistration())));
        calls.put(
                "AgreementService.AmendAgreement",
                c -> soap(() -> RegistryApi.agreementPort(c).amendAgreement(NO_AGREEMENT, agreementAmendment())));
        calls.put(
                "AgreementService.PutAgreementInForce",
                c -> soap(() -> RegistryApi.agreementPort(c).putAgreementInForce(NO_AGREEMENT, "Access matrix check")));
        calls.put(
                "AgreementService.SuspendAgreement",
                c -> soap(() -> RegistryApi.agreementPort(c).suspendAgreement(NO_AGREEMENT, "Access matrix check")));
        calls.put(
                "AgreementService.ResumeAgreement",
                c -> soap(() -> RegistryApi.agreementPort(c).resumeAgreement(NO_AGREEMENT, "Access matrix check")));
        calls.put(
                "AgreementService.TerminateAgreement",
                c -> soap(() -> RegistryApi.agreementPort(c).terminateAgreement(NO_AGREEMENT, "Access matrix check")));
        calls.put(
                "AgreementService.AttachAgreementCertificate",
                c -> soap(() -> RegistryApi.agreementPort(c)
                        .attachAgreementCertificate(NO_AGREEMENT, "QAT-GOSI", "not a certificate", null)));
        calls.put(
                "AgreementService.RevokeAgreementCertificate",
                c -> soap(() -> RegistryApi.agreementPort(c)
                        .revokeAgreementCertificate(NO_AGREEMENT, NO_AGREEMENT, "Access matrix check")));
        calls.put(
                "AgreementService.SetAgreementEndpoint",
                c -> soap(() -> RegistryApi.agreementPort(c)
                        .setAgreementEndpoint(NO_AGREEMENT, "QAT-GOSI", "SOAP", "https://gosi.example.qa/soap", null)));
        calls.put(
                "AgreementService.GetAgreement",
                c -> soap(() -> RegistryApi.agreementPort(c).getAgreement(NO_AGREEMENT, null)));
        calls.put(
                "AgreementService.ListAgreements",
                c -> soap(
                        () -> RegistryApi.agreementPort(c).listAgreements(null, java.math.BigInteger.ONE, null, null)));
        // a partner institution's calls get past the roles and are refused for want of a signature
        calls.put(
                "PartnerExchangeService.ReturnNotice",
                c -> soap(() -> partnerPort(c).returnNotice(partnerEnvelope("RETURN_NOTICE"), partnerNotice())));
        calls.put(
                "PartnerExchangeService.EmploymentRecordRequest",
                c -> soap(() -> {
                    var query = new org.returneeregistry.schemas.exchange.v1.EmploymentRecordQuery();
                    query.getIdentifier()
                            .add(Samples.soapPerson(
                                            Samples.passportNumber(), "Thapa", LocalDate.parse(Samples.DATE_OF_BIRTH))
                                    .getIdentifier()
                                    .get(0));
                    return partnerPort(c).employmentRecordRequest(partnerEnvelope("EMPLOYMENT_RECORD_REQUEST"), query);
                }));
        calls.put(
                "PartnerExchangeService.EmploymentRecordResponse",
                c -> soap(() -> {
                    var answer = new org.returneeregistry.schemas.exchange.v1.EmploymentRecordAnswer();
                    answer.setOutcome("NOT_FOUND");
                    return partnerPort(c)
                            .employmentRecordResponse(partnerEnvelope("EMPLOYMENT_RECORD_RESPONSE"), answer);
                }));
        calls.put(
                "PartnerExchangeService.ConsentRevoked",
                c -> soap(() -> {
                    var revocation = new org.returneeregistry.schemas.exchange.v1.ConsentRevocation();
                    revocation.setConsentReference("MATRIX-1");
                    revocation.setRevokedAt(java.time.Instant.now());
                    return partnerPort(c).consentRevoked(partnerEnvelope("CONSENT_REVOKED"), revocation);
                }));
        calls.put(
                "PartnerExchangeService.InsurancePeriodRequest",
                c -> soap(() -> {
                    var query = new org.returneeregistry.schemas.exchange.v1.InsurancePeriodQuery();
                    query.setClaimId("MATRIX-1");
                    query.setBenefit("OLD_AGE");
                    query.getIdentifier()
                            .add(Samples.soapPerson(
                                            Samples.passportNumber(), "Thapa", LocalDate.parse(Samples.DATE_OF_BIRTH))
                                    .getIdentifier()
                                    .get(0));
                    return partnerPort(c).insurancePeriodRequest(partnerEnvelope("INSURANCE_PERIOD_REQUEST"), query);
                }));
        calls.put(
                "PartnerExchangeService.InsurancePeriodAnswer",
                c -> soap(() -> {
                    var answer = new org.returneeregistry.schemas.exchange.v1.InsurancePeriodAnswerContent();
                    answer.setClaimId("MATRIX-1");
                    answer.setCountry("QAT");
                    return partnerPort(c).insurancePeriodAnswer(partnerEnvelope("INSURANCE_PERIOD_ANSWER"), answer);
                }));
        calls.put(
                "PartnerExchangeService.ClaimDecision",
                c -> soap(() -> {
                    var decision = new org.returneeregistry.schemas.exchange.v1.ClaimDecisionContent();
                    decision.setClaimId("MATRIX-1");
                    decision.setDecision("APPROVED");
                    decision.setOutcome("ENTITLED");
                    decision.setDecidedAt(java.time.Instant.now());
                    return partnerPort(c).claimDecision(partnerEnvelope("CLAIM_DECISION"), decision);
                }));
        calls.put(
                "SocialSecurityService.CreateClaim",
                c -> soap(() -> {
                    var claim = new org.returneeregistry.schemas.socialsecurity.v1.ClaimRequest();
                    claim.setRegistryNumber("RR-0000-0001-3");
                    claim.setBenefit("OLD_AGE");
                    claim.setAgreementId(NO_AGREEMENT);
                    claim.setPartnerInstitution("QAT-GOSI");
                    claim.setClaimantKind("RETURNEE");
                    return RegistryApi.socialSecurityPort(c).createClaim(claim, null);
                }));
        calls.put(
                "SocialSecurityService.ListPeriodRequests",
                c -> soap(() -> RegistryApi.socialSecurityPort(c).listPeriodRequests(null, null, null)));
        calls.put(
                "SocialSecurityService.GetPeriodRequest",
                c -> soap(() -> RegistryApi.socialSecurityPort(c).getPeriodRequest(NO_REFERRAL)));
        calls.put(
                "SocialSecurityService.AnswerPeriodRequest",
                c -> soap(() -> RegistryApi.socialSecurityPort(c)
                        .answerPeriodRequest(NO_REFERRAL, java.util.List.of(), "NO_PERIODS", null)));
        calls.put(
                "SocialSecurityService.GetClaim",
                c -> soap(() -> RegistryApi.socialSecurityPort(c).getClaim(NO_REFERRAL)));
        calls.put(
                "SocialSecurityService.MoveClaim",
                c -> soap(() -> RegistryApi.socialSecurityPort(c).moveClaim(NO_REFERRAL, "SUBMIT", null)));
        calls.put(
                "SocialSecurityService.AddClaimPeriods",
                c -> soap(() -> RegistryApi.socialSecurityPort(c)
                        .addClaimPeriods(
                                NO_REFERRAL,
                                List.of(Assessments.period("NPL", "1980-01-01", "1997-12-31", "DECLARATION")))));
        calls.put(
                "SocialSecurityService.DecideClaim",
                c -> soap(
                        () -> RegistryApi.socialSecurityPort(c).decideClaim(NO_REFERRAL, "APPROVED", "Matrix", null)));
        calls.put(
                "SocialSecurityService.Assess",
                c -> soap(() -> RegistryApi.socialSecurityPort(c).assess(Assessments.soapUnder(NO_AGREEMENT))));
        calls.put(
                "SocialSecurityService.IssuePeriodStatement",
                c -> soap(() -> RegistryApi.socialSecurityPort(c).issuePeriodStatement(UNHELD_RETURNEE, null)));
        calls.put(
                "SocialSecurityService.GetDecisionNotices",
                c -> soap(() -> RegistryApi.socialSecurityPort(c).getDecisionNotices(NO_REFERRAL)));
        calls.put(
                "CaseService.OpenCase",
                c -> soap(() -> RegistryApi.casePort(c).openCase("RR-0000-0001-3", null, "Access matrix check")));
        calls.put("CaseService.GetCase", c -> soap(() -> RegistryApi.casePort(c).getCase(NO_CASE)));
        calls.put(
                "CaseService.ListCases",
                c -> soap(() -> RegistryApi.casePort(c)
                        .listCases(new org.returneeregistry.schemas.reintegration.v1.CaseQuery())));
        calls.put(
                "CaseService.AssignCase",
                c -> soap(() -> RegistryApi.casePort(c).assignCase(NO_CASE, null, null, null)));
        calls.put(
                "CaseService.TransferCase",
                c -> soap(() ->
                        RegistryApi.casePort(c).transferCase(NO_CASE, "ZZZ-MATRIX", null, "Access matrix check")));
        calls.put(
                "CaseService.CloseCase",
                c -> soap(() -> RegistryApi.casePort(c).closeCase(NO_CASE, "GOALS_MET", null)));
        calls.put(
                "CaseService.RecordCaseAssessment",
                c -> soap(() -> RegistryApi.casePort(c).recordCaseAssessment(NO_CASE, newAssessment(), null)));
        calls.put(
                "CaseService.GetCaseAssessment",
                c -> soap(() -> RegistryApi.casePort(c).getCaseAssessment(NO_CASE, 1)));
        calls.put(
                "CaseService.AddCaseGoal",
                c -> soap(() ->
                        RegistryApi.casePort(c).addCaseGoal(NO_CASE, "ECONOMIC", "INDIVIDUAL", "Access matrix check")));
        calls.put(
                "CaseService.AddCaseAction",
                c -> soap(() -> RegistryApi.casePort(c)
                        .addCaseAction(NO_CASE, 1, "Access matrix check", "ZZZ-MATRIX", LocalDate.now())));
        calls.put(
                "CaseService.EndCaseAction",
                c -> soap(() -> RegistryApi.casePort(c).endCaseAction(NO_CASE, 1, true, null)));
        calls.put(
                "CaseService.LinkCaseReferral",
                c -> soap(() -> RegistryApi.casePort(c).linkCaseReferral(NO_CASE, NO_REFERRAL)));
        calls.put(
                "CaseService.AddCaseNote",
                c -> soap(() -> RegistryApi.casePort(c).addCaseNote(NO_CASE, "Access matrix check")));
        calls.put(
                "CaseService.RecordFollowUp",
                c -> soap(() -> RegistryApi.casePort(c).recordFollowUp(NO_CASE, LocalDate.now(), "REACHED", null)));
        calls.put(
                "CaseService.ListOverdueFollowUps",
                c -> soap(() -> RegistryApi.casePort(c)
                        .listOverdueFollowUps(new org.returneeregistry.schemas.reintegration.v1.OverdueQuery())));
        org.returneeregistry.schemas.common.v1.PriorLearning notStarted =
                new org.returneeregistry.schemas.common.v1.PriorLearning();
        notStarted.setStatus("NOT_STARTED");
        calls.put(
                "CaseService.RecordSkillsProfile",
                c -> soap(() -> RegistryApi.casePort(c)
                        .recordSkillsProfile(NO_CASE, List.of(), List.of(), notStarted, "Access matrix check")));
        calls.put(
                "CaseService.GetSkillsProfile",
                c -> soap(() -> RegistryApi.casePort(c).getSkillsProfile(NO_CASE)));
        calls.put(
                "CaseService.RecordFamily",
                c -> soap(() -> RegistryApi.casePort(c).recordFamily(NO_CASE, List.of(), "Access matrix check")));
        calls.put(
                "CaseService.GetFamily", c -> soap(() -> RegistryApi.casePort(c).getFamily(NO_CASE)));
        calls.put(
                "CaseService.RecordGrievance",
                c -> soap(() ->
                        RegistryApi.casePort(c).recordGrievance(NO_CASE, false, "OTHER", "Access matrix check", null)));
        calls.put(
                "CaseService.ListGrievances",
                c -> soap(() -> RegistryApi.casePort(c)
                        .listGrievances(new org.returneeregistry.schemas.reintegration.v1.GrievanceQuery())));
        calls.put(
                "CaseService.GetGrievance",
                c -> soap(() -> RegistryApi.casePort(c).getGrievance(NO_CASE)));
        calls.put(
                "CaseService.ReviewGrievance",
                c -> soap(() -> RegistryApi.casePort(c).reviewGrievance(NO_CASE, "Access matrix check")));
        calls.put(
                "CaseService.RespondToGrievance",
                c -> soap(() -> RegistryApi.casePort(c).respondToGrievance(NO_CASE, "Access matrix check", null)));
        calls.put(
                "CaseService.CloseGrievance",
                c -> soap(() -> RegistryApi.casePort(c).closeGrievance(NO_CASE, "Access matrix check")));
        // the generated ports declare exactly these operations
        Set<String> declared = new TreeSet<>();
        for (Class<?> port : List.of(
                ReturnNotificationPort.class,
                ReturneeRegistryPort.class,
                ConsentPort.class,
                ReferralPort.class,
                org.returneeregistry.schemas.wsdl.v1.AgreementPort.class,
                org.returneeregistry.schemas.wsdl.v1.PartnerExchangePort.class,
                org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort.class,
                org.returneeregistry.schemas.wsdl.v1.CasePort.class)) {
            String service = port.getSimpleName().replace("Port", "Service");
            Arrays.stream(port.getMethods())
                    .map(m -> m.getAnnotation(WebMethod.class))
                    .filter(a -> a != null)
                    .forEach(a -> declared.add(service + "." + a.operationName()));
        }
        assertEquals(declared, calls.keySet(), "operations of the generated ports vs. calls in this test");
        calls.put(
                "PartnerMessagingService.ListEmploymentRecordRequests",
                c -> soap(() -> partnerMessagingPort(c).listEmploymentRecordRequests("INBOUND", null, null, 1, 1)));
        calls.put(
                "PartnerMessagingService.AnswerEmploymentRecordRequest",
                c -> soap(() -> partnerMessagingPort(c)
                        .answerEmploymentRecordRequest(NO_REFERRAL, "NOT_FOUND", null, null, null, List.of())));
        return calls;
    }

    private static org.returneeregistry.schemas.wsdl.v1.PartnerExchangePort partnerPort(Caller caller) {
        try {
            return RegistryApi.withToken(
                    new org.returneeregistry.schemas.wsdl.v1.PartnerExchangeService(
                                    RegistryApi.uri("/soap/PartnerExchangeService?wsdl")
                                            .toURL())
                            .getPartnerExchangePort(),
                    caller);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.returneeregistry.schemas.exchange.v1.Envelope partnerEnvelope(String type) {
        var envelope = new org.returneeregistry.schemas.exchange.v1.Envelope();
        envelope.setMessageId(java.util.UUID.randomUUID().toString());
        envelope.setAgreementId(NO_AGREEMENT);
        envelope.setSenderInstitution(Callers.PARTNER);
        envelope.setRecipientInstitution(Callers.OPERATOR);
        envelope.setTimestamp(java.time.Instant.now());
        envelope.setMessageType(type);
        envelope.setPurpose("REINTEGRATION_SERVICES");
        envelope.getDataCategory().add("IDENTITY");
        return envelope;
    }

    private static org.returneeregistry.schemas.exchange.v1.ReturnNoticeContent partnerNotice() {
        var notice = new org.returneeregistry.schemas.exchange.v1.ReturnNoticeContent();
        notice.setPerson(Samples.soapPerson(Samples.passportNumber(), "Thapa", LocalDate.parse(Samples.DATE_OF_BIRTH)));
        notice.setEmployment(Samples.soapEmployment());
        notice.setReturnModality("END_OF_CONTRACT");
        notice.setExitDate(LocalDate.parse("2025-03-05"));
        return notice;
    }

    private static final String UNKNOWN_CONSENT = "00000000-0000-4000-8000-000000000000";

    /** An agreement id no agreement has. */
    private static final String NO_AGREEMENT = "00000000-0000-4000-8000-000000000000";

    /** A registration naming an institution nobody registered: an allowed caller is refused as invalid. */
    private static org.returneeregistry.schemas.agreement.v1.AgreementRegistration agreementRegistration() {
        org.returneeregistry.schemas.agreement.v1.AgreementRegistration registration =
                new org.returneeregistry.schemas.agreement.v1.AgreementRegistration();
        registration.setType("LABOUR_MIGRATION");
        registration.setTitle("Access matrix check");
        registration.setLegalReference("MATRIX/1");
        registration.setValidFrom(LocalDate.now());
        registration.setRetentionDays(30);
        registration.getParty().addAll(List.of(party("NPL", "NPL-DOFE"), party("QAT", "QAT-MATRIX")));
        registration.getScopeRow().add(scopeRow());
        return registration;
    }

    private static org.returneeregistry.schemas.agreement.v1.AgreementAmendment agreementAmendment() {
        org.returneeregistry.schemas.agreement.v1.AgreementAmendment amendment =
                new org.returneeregistry.schemas.agreement.v1.AgreementAmendment();
        amendment.setTitle("Access matrix check");
        amendment.setLegalReference("MATRIX/1");
        amendment.setValidFrom(LocalDate.now());
        amendment.setRetentionDays(30);
        amendment.getParty().addAll(List.of(party("NPL", "NPL-DOFE"), party("QAT", "QAT-MATRIX")));
        amendment.getScopeRow().add(scopeRow());
        amendment.setReason("Access matrix check");
        return amendment;
    }

    private static org.returneeregistry.schemas.agreement.v1.Party party(String country, String institution) {
        org.returneeregistry.schemas.agreement.v1.Party party = new org.returneeregistry.schemas.agreement.v1.Party();
        party.setCountry(country);
        party.setInstitution(institution);
        return party;
    }

    private static org.returneeregistry.schemas.agreement.v1.ScopeRow scopeRow() {
        org.returneeregistry.schemas.agreement.v1.ScopeRow row =
                new org.returneeregistry.schemas.agreement.v1.ScopeRow();
        row.setDirection("INBOUND");
        row.setMessageType("RETURN_NOTICE");
        row.setCategory("IDENTITY");
        row.setPurpose("REINTEGRATION_SERVICES");
        row.setLegalBasis("AGREEMENT");
        return row;
    }

    private static ConsentRecording consent() {
        ConsentRecording consent = new ConsentRecording();
        consent.setRegistryNumber("RR-0000-0001-3");
        consent.setRecipient("NPL-MOHP");
        consent.getPurpose().add("HEALTH_FOLLOW_UP");
        consent.getCategory().add("HEALTH");
        consent.setMethod("SELF");
        consent.setValidUntil(java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
        consent.setNoticeVersion("2026-1");
        return consent;
    }

    private static ReturneeQuery query() {
        ReturneeQuery query = new ReturneeQuery();
        Identifier id = new Identifier();
        id.setType("PASSPORT");
        id.setNumber(Samples.passportNumber());
        id.setIssuingCountry(Samples.COUNTRY);
        query.setIdentifier(id);
        return query;
    }

    /** A referral to an organisation that does not exist: an allowed caller is refused as invalid, nothing is written. */
    private static final String NO_CASE = "00000000-0000-4000-8000-000000000000";

    private static org.returneeregistry.schemas.reintegration.v1.NewAssessment newAssessment() {
        var assessment = new org.returneeregistry.schemas.reintegration.v1.NewAssessment();
        assessment.setQuestionnaire("ECONOMIC");
        assessment.setVersion(1);
        return assessment;
    }

    private static NewReferral newReferral() {
        NewReferral referral = new NewReferral();
        referral.setRegistryNumber("RR-0000-0001-3");
        referral.setService("HEALTH");
        referral.setRecipient("ZZZ-MATRIX");
        referral.setReason("Access matrix check");
        return referral;
    }

    private static Correction correction() {
        Correction correction = new Correction();
        correction.setRegistryNumber("RR-0000-0001-3");
        correction.setReason("Access matrix check");
        correction.setGivenName("Rama");
        return correction;
    }

    private interface SoapCall {
        Object call() throws RegistryFault;
    }

    private static org.returneeregistry.schemas.wsdl.v1.PartnerMessagingPort partnerMessagingPort(Caller caller) {
        try {
            return RegistryApi.withToken(
                    new org.returneeregistry.schemas.wsdl.v1.PartnerMessagingService(
                                    RegistryApi.uri("/soap/PartnerMessagingService?wsdl")
                                            .toURL())
                            .getPartnerMessagingPort(),
                    caller);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object soap(SoapCall call) {
        try {
            return call.call();
        } catch (RegistryFault fault) {
            return fault;
        }
    }

    /** The fault code a call ended with, or OK. */
    private static String faultCode(java.util.function.Supplier<Object> call) {
        Object result = call.get();
        return result instanceof RegistryFault fault ? fault.getFaultInfo().getCode() : "OK";
    }

    private static Set<String> publishedRestOperations() {
        return publishedOperations(API);
    }

    /** "METHOD /path" of every operation the OpenAPI document publishes under {@code prefix} (relative to /api/v1 for the REST API). */
    private static Set<String> publishedOperations(String prefix) {
        JsonObject openApi = RegistryApi.sendAnonymously(
                        HttpRequest.newBuilder(URI.create(RegistryApi.baseUrl().replace("/registry", "") + "/openapi"))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .json();
        return openApi.getJsonObject("paths").entrySet().stream()
                .filter(path -> path.getKey().startsWith(prefix))
                .flatMap(path -> path.getValue().asJsonObject().keySet().stream()
                        .filter(m ->
                                Set.of("get", "post", "put", "patch", "delete").contains(m))
                        .map(m -> m.toUpperCase() + " "
                                + (API.equals(prefix) ? path.getKey().substring(API.length()) : path.getKey())))
                .collect(Collectors.toSet());
    }

    /** A request for an operation, its path parameters filled so that an allowed caller passes authorisation. */
    private static HttpRequest.Builder request(String method, String template, String organisation) {
        // statements: a registry number nobody holds, so an allowed role is answered NotFound before any consent
        // is weighed (the operator's officer reads by consent or a legal basis)
        String path = template.replace("{registryNumber}/statements", UNHELD_RETURNEE + "/statements")
                .replace("{name}", "country")
                .replace("{missionCode}", organisation)
                .replace("{notificationId}", "MATRIX-1")
                .replace("{registryNumber}", "RR-0000-0001-3")
                .replace("{code}", "ZZZ-MATRIX")
                .replace("{consentId}", UNKNOWN_CONSENT)
                .replace("{organisationCode}", "ZZZ-MATRIX")
                .replace("{service}", "HEALTH")
                .replace("{id}", NO_REFERRAL)
                .replace("{agreementId}", NO_AGREEMENT)
                .replace("{version}", "1")
                .replace("{certificateId}", NO_AGREEMENT)
                .replace("{institution}", "QAT-GOSI")
                .replace("{transport}", "SOAP")
                .replace("{number}", "1")
                .replace("{batchId}", NO_BATCH)
                .replace("{claimId}", NO_REFERRAL)
                .replace("{statementId}", NO_REFERRAL)
                .replace("{noticeId}", NO_REFERRAL)
                .replace("{requestId}", NO_REFERRAL);
        HttpRequest.Builder request = HttpRequest.newBuilder(RegistryApi.uri(API + path))
                .header(
                        "Accept",
                        path.endsWith("/receipt")
                                ? "application/jose"
                                : path.endsWith(".csv")
                                        ? "text/csv"
                                        : path.endsWith("/statement-keys/certificates")
                                                ? "application/pem-certificate-chain"
                                                : JSON);
        return "GET".equals(method)
                ? request.GET()
                : request.header("Content-Type", JSON).method(method, HttpRequest.BodyPublishers.ofString("{}"));
    }
}
