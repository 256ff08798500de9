package org.returneeregistry.it.support;

import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.time.LocalDate;

/** Agreements for the tests: a labour agreement between the registry's operator and a partner institution. */
public final class Agreements {

    /** The partner party: Qatar's social insurance institution, registered by {@link Callers#partnerInstitution()}. */
    public static final String PARTNER = Callers.PARTNER;

    private Agreements() {}

    /** A registration body: NPL-DOFE and the partner, two scope rows, valid from a year ago, open-ended. */
    public static JsonObjectBuilder registration(String title) {
        Callers.partnerInstitution(); // registers the partner institution once
        return Json.createObjectBuilder()
                .add("type", "LABOUR_MIGRATION")
                .add("title", title)
                .add("legalReference", "NPL-QAT/LMA/" + title.hashCode())
                .add(
                        "signatureDate",
                        LocalDate.now().minusYears(1).minusDays(30).toString())
                .add("entryIntoForceDate", LocalDate.now().minusYears(1).toString())
                .add("validFrom", LocalDate.now().minusYears(1).toString())
                .add("retentionDays", 730)
                .add("parties", parties())
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(row("INBOUND", "RETURN_NOTICE", "IDENTITY", "REINTEGRATION_SERVICES", "AGREEMENT"))
                                .add(row(
                                        "OUTBOUND",
                                        "EMPLOYMENT_RECORD_REQUEST",
                                        "MIGRATION_HISTORY",
                                        "SOCIAL_SECURITY_CLAIM",
                                        "CONSENT_REQUIRED")))
                .add("reason", "Signed in Doha");
    }

    public static JsonArrayBuilder parties() {
        return parties("QAT", PARTNER);
    }

    /** The parties: the registry's operator (NPL) and the partner institution {@code institution} of {@code country}. */
    public static JsonArrayBuilder parties(String country, String institution) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("country", "NPL").add("institution", Callers.OPERATOR))
                .add(Json.createObjectBuilder().add("country", country).add("institution", institution));
    }

    public static JsonObjectBuilder row(String direction, String type, String category, String purpose, String basis) {
        return Json.createObjectBuilder()
                .add("direction", direction)
                .add("messageType", type)
                .add("category", category)
                .add("purpose", purpose)
                .add("legalBasis", basis);
    }

    /** Registers an agreement as registry-admin; answers it (DRAFT, version 1). */
    public static JsonObject registered(String title) {
        return RegistryApi.sendAs(
                        Callers.registryAdmin(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/agreements"))
                                .header("Content-Type", RegistryApi.JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        registration(title).build().toString())))
                .expect(201)
                .json();
    }

    /** POST a JSON body to an agreement's sub-resource as registry-admin. */
    public static RegistryApi.Answer post(String agreementId, String path, JsonObject body) {
        return send(Callers.registryAdmin(), "POST", API + "/agreements/" + agreementId + path, body.toString());
    }

    public static RegistryApi.Answer send(Callers.Caller caller, String method, String path, String body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(RegistryApi.uri(path)).header("Accept", RegistryApi.JSON);
        request = body == null
                ? request.GET()
                : request.header("Content-Type", RegistryApi.JSON)
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return RegistryApi.sendAs(caller, request);
    }

    public static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    /**
     * An agreement in force with the partner whose scope lets it send return notices and consent revocations
     * (identity data, for reintegration services); answers its id.
     */
    public static String inForceForInboundNotices(String title) {
        JsonObject body = registration(title)
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(row("INBOUND", "RETURN_NOTICE", "IDENTITY", "REINTEGRATION_SERVICES", "AGREEMENT"))
                                .add(row(
                                        "INBOUND",
                                        "CONSENT_REVOKED",
                                        "IDENTITY",
                                        "REINTEGRATION_SERVICES",
                                        "AGREEMENT")))
                .build();
        return inForce(body);
    }

    /** Registers the agreement {@code registration} as registry-admin and puts it in force; answers its id. */
    public static String inForce(JsonObject registration) {
        String id = send(Callers.registryAdmin(), "POST", API + "/agreements", registration.toString())
                .expect(201)
                .json()
                .getString("agreementId");
        post(id, "/entry-into-force", reason("Ratified")).expect(200);
        return id;
    }

    /** Attaches the partner's signing certificate (PEM) to the agreement; answers the agreement. */
    public static JsonObject attach(String agreementId, String pem) {
        JsonObject body = Json.createObjectBuilder()
                .add("institution", PARTNER)
                .add("pem", pem)
                .add("reason", "Exchange signing key")
                .build();
        return post(agreementId, "/certificates", body).expect(201).json();
    }
}
