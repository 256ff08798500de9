package org.returneeregistry.it.support;

import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.returneeregistry.it.env.ItEnvironment;

/**
 * A partner country's registry in the test run: the same EAR, deployed in a Payara domain of its own (own portbase
 * on 127.0.0.1), on a database of its own on the run's PostgreSQL, with an exchange signing key of its own and a
 * Keycloak realm of its own, run as Qatar's Ministry of Labour ({@code QAT-MOL}). It is started the first time a
 * test asks for it ({@link #qatar()}), once for the whole run (about one domain start and one deployment), and stopped
 * at the end of the run with the other servers; its command logs are in {@code target/it/logs/registry-it-qat}, its
 * server log in {@code target/it/domains/registry-it-qat/logs}.
 *
 * <p>The API, small on purpose:
 *
 * <ul>
 *   <li>{@link #qatar()} the registry (starts it on first use); {@link #baseUrl()}, {@link #uri(String)},
 *       {@link #operator()}, {@link #startSeconds()};
 *   <li>its people: {@link #registryAdmin()}, {@link #registrar()}, {@link #auditor()}, {@link
 *       #socialSecurityOfficer()} — tokens from its own realm, which the test run's registry does not trust;
 *   <li>{@link #send(Callers.Caller, String, String, String)} a REST call to it;
 *   <li>{@link #agreementWithUs(String, JsonArrayBuilder)} an agreement between the two registries, set up on both
 *       sides only through their APIs: each registers the other's operator as a partner institution, registers the
 *       agreement under one id (ours mirrored: our OUTBOUND rows are its INBOUND rows and the other way round), holds
 *       the other's exchange certificate and SOAP endpoint, and puts it in force.
 * </ul>
 *
 * Exchange certificates are handed over as countries hand them over, out of band: read from each registry's
 * keystore ({@link #certificatePem()}, {@link #ourCertificatePem()}).
 */
public final class SecondRegistry {

    /** Our registry's operator: the test run's registry. */
    public static final String US = Callers.OPERATOR;

    private static final ConcurrentHashMap<String, Boolean> REGISTERED = new ConcurrentHashMap<>();
    private static volatile SecondRegistry qatar;

    private volatile ItEnvironment.PartnerRegistry registry;

    private SecondRegistry(ItEnvironment.PartnerRegistry registry) {
        this.registry = registry;
    }

    /** Qatar's labour ministry's registry, started on first use; then the same for the whole run. */
    public static SecondRegistry qatar() {
        SecondRegistry current = qatar;
        if (current == null) {
            synchronized (SecondRegistry.class) {
                if (qatar == null) {
                    qatar = new SecondRegistry(ItEnvironment.partnerRegistry());
                }
                current = qatar;
            }
        }
        return current;
    }

    /**
     * Rotates its exchange signing key as its operator would: a new keystore with a new key, and a restart of its
     * domain, after which it signs with the new key ({@link #certificatePem()} answers the new certificate). Answers
     * a peer that still signs with the old key, for showing what the old key is worth afterwards.
     */
    public synchronized PartnerPeer rotateKey() {
        PartnerPeer old = signingPeer();
        registry = ItEnvironment.rotatePartnerKey();
        return old;
    }

    /** A peer signing with its current exchange key, as if it were the registry itself. */
    public PartnerPeer signingPeer() {
        try {
            String password = Files.readString(Path.of(registry.exchangeKeystore() + ".password"))
                    .strip();
            return PartnerPeer.fromKeyStore(registry.exchangeKeystore(), password, "registry-exchange");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** http://127.0.0.1:PORT/registry */
    public String baseUrl() {
        return registry.baseUrl();
    }

    /** {@code path} under its context root, e.g. {@code /api/v1/agreements}. */
    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** Its operator's organisation code, {@code QAT-MOL}: the sender of its envelopes. */
    public String operator() {
        return registry.operatorCode();
    }

    public String country() {
        return registry.country();
    }

    /** How long it took to start, from creating its domain to answering, in seconds. */
    public long startSeconds() {
        return registry.startSeconds();
    }

    /** Its partner exchange port, where partners (and we) send it messages. */
    public String soapEndpoint() {
        return baseUrl() + "/soap/PartnerExchangeService";
    }

    /** Our registry's partner exchange port. */
    public static String ourSoapEndpoint() {
        return RegistryApi.baseUrl() + "/soap/PartnerExchangeService";
    }

    /** Its REST twin, where partners (and we) may send it the same messages as JSON with a detached JWS. */
    public String restEndpoint() {
        return baseUrl() + API + "/partner-exchange/messages";
    }

    /** Our registry's REST twin. */
    public static String ourRestEndpoint() {
        return RegistryApi.baseUrl() + API + "/partner-exchange/messages";
    }

    /**
     * Each registry declares the other's REST twin as the other's endpoint on the agreement, after the SOAP one: the
     * endpoint declared last is the one messages go to, so from now on they travel as JSON with detached JWS.
     */
    public void declareRestEndpoints(String agreementId) {
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        API + "/agreements/" + agreementId + "/endpoints/" + operator() + "/REST",
                        endpoint(restEndpoint()))
                .expect(200);
        send(
                        registryAdmin(),
                        "PUT",
                        API + "/agreements/" + agreementId + "/endpoints/" + US + "/REST",
                        endpoint(ourRestEndpoint()))
                .expect(200);
    }

    public Callers.Caller registryAdmin() {
        return person("admin.demo", "registry-admin");
    }

    public Callers.Caller registrar() {
        return person("registrar.demo", "registrar");
    }

    public Callers.Caller auditor() {
        return person("auditor.demo", "auditor");
    }

    public Callers.Caller socialSecurityOfficer() {
        return person("ssofficer.demo", "social-security-officer");
    }

    private Callers.Caller person(String name, String role) {
        return new Callers.Caller(name, operator(), true, role, registry.realm());
    }

    /** A REST call to this registry as {@code caller}; {@code body} null sends a GET. */
    public RegistryApi.Answer send(Callers.Caller caller, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", RegistryApi.JSON);
        request = body == null
                ? request.GET()
                : request.header("Content-Type", RegistryApi.JSON)
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return RegistryApi.sendAs(caller, request);
    }

    /** Its exchange certificate (PEM), as its operator hands it to partners. */
    public String certificatePem() {
        return pem(certificate(registry.exchangeKeystore()));
    }

    /** Our registry's exchange certificate (PEM), as our operator hands it to partners. */
    public static String ourCertificatePem() {
        return pem(PartnerPeer.registryCertificate());
    }

    /** Its exchange certificate. */
    public X509Certificate certificate() {
        return certificate(registry.exchangeKeystore());
    }

    /**
     * An agreement between our registry and this one, in force on both sides under one id, set up through their
     * APIs only; {@code ourScope} holds the rows as our registry sees them (this registry gets them mirrored).
     * Answers the agreement's id.
     */
    public String agreementWithUs(String title, JsonArrayBuilder ourScope) {
        String id = registerOnBothSides(title, ourScope);
        attachCertificates(id);
        setEndpoints(id);
        Agreements.post(id, "/entry-into-force", Agreements.reason("Ratified")).expect(200);
        send(registryAdmin(), "POST", API + "/agreements/" + id + "/entry-into-force", reason("Ratified"))
                .expect(200);
        return id;
    }

    /** Registers both operators with each other and the agreement on both sides (DRAFT); answers its id. */
    public String registerOnBothSides(String title, JsonArrayBuilder ourScope) {
        registerEachOther();
        var scope = ourScope.build();
        String id = Agreements.send(
                        Callers.registryAdmin(),
                        "POST",
                        API + "/agreements",
                        registration(title, US, "NPL", operator(), country(), scope.stream())
                                .build()
                                .toString())
                .expect(201)
                .json()
                .getString("agreementId");
        JsonArrayBuilder mirrored = Json.createArrayBuilder();
        scope.getValuesAs(JsonObject.class)
                .forEach(row -> mirrored.add(Json.createObjectBuilder(row)
                        .add("direction", "OUTBOUND".equals(row.getString("direction")) ? "INBOUND" : "OUTBOUND")));
        send(
                        registryAdmin(),
                        "POST",
                        API + "/agreements",
                        registration(title, operator(), country(), US, "NPL", mirrored.build().stream())
                                .add("agreementId", id)
                                .build()
                                .toString())
                .expect(201);
        return id;
    }

    /** Each registry holds the other's exchange certificate under the agreement. */
    public void attachCertificates(String agreementId) {
        Agreements.post(agreementId, "/certificates", certificate(operator(), certificatePem()))
                .expect(201);
        send(
                        registryAdmin(),
                        "POST",
                        API + "/agreements/" + agreementId + "/certificates",
                        certificate(US, ourCertificatePem()).toString())
                .expect(201);
    }

    /** Each registry holds the other's partner exchange port as the agreement's SOAP endpoint for the other. */
    public void setEndpoints(String agreementId) {
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        API + "/agreements/" + agreementId + "/endpoints/" + operator() + "/SOAP",
                        endpoint(soapEndpoint()))
                .expect(200);
        send(
                        registryAdmin(),
                        "PUT",
                        API + "/agreements/" + agreementId + "/endpoints/" + US + "/SOAP",
                        endpoint(ourSoapEndpoint()))
                .expect(200);
    }

    /** Registers each operator as a partner institution in the other's registry, once per run. */
    private void registerEachOther() {
        REGISTERED.computeIfAbsent("us-knows-" + operator(), k -> {
            Callers.registered(operator(), "PARTNER_INSTITUTION", country(), "partner-institution");
            return true;
        });
        REGISTERED.computeIfAbsent("qatar-knows-" + US, k -> {
            JsonObject body = Json.createObjectBuilder()
                    .add("code", US)
                    .add("name", "Department of Foreign Employment, Nepal")
                    .add("type", "PARTNER_INSTITUTION")
                    .add("country", "NPL")
                    .add("roles", Json.createArrayBuilder().add("partner-institution"))
                    .build();
            send(registryAdmin(), "POST", API + "/organisations", body.toString())
                    .expect(201);
            return true;
        });
    }

    /** An agreement's registration body: two parties, the scope rows given, valid from a year ago, open-ended. */
    public static JsonObjectBuilder registration(
            String title,
            String self,
            String selfCountry,
            String other,
            String otherCountry,
            java.util.stream.Stream<JsonValue> scope) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        scope.forEach(rows::add);
        return Json.createObjectBuilder()
                .add("type", "LABOUR_MIGRATION")
                .add("title", title)
                .add("legalReference", "NPL-QAT/LMA/" + Integer.toHexString(title.hashCode()))
                .add(
                        "signatureDate",
                        LocalDate.now().minusYears(1).minusDays(30).toString())
                .add("entryIntoForceDate", LocalDate.now().minusYears(1).toString())
                .add("validFrom", LocalDate.now().minusYears(1).toString())
                .add("retentionDays", 730)
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("country", selfCountry)
                                        .add("institution", self))
                                .add(Json.createObjectBuilder()
                                        .add("country", otherCountry)
                                        .add("institution", other)))
                .add("scope", rows)
                .add("reason", "Signed in Doha");
    }

    private static JsonObject certificate(String institution, String pem) {
        return Json.createObjectBuilder()
                .add("institution", institution)
                .add("pem", pem)
                .add("reason", "Exchange signing key handed over")
                .build();
    }

    private static String endpoint(String url) {
        return Json.createObjectBuilder()
                .add("url", url)
                .add("reason", "The partner registry's exchange port")
                .build()
                .toString();
    }

    private static String reason(String reason) {
        return Agreements.reason(reason).toString();
    }

    private static X509Certificate certificate(Path keystore) {
        try (InputStream in = Files.newInputStream(keystore)) {
            String password = Files.readString(Path.of(keystore + ".password")).strip();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            return (X509Certificate) keys.getCertificate("registry-exchange");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the exchange keystore " + keystore + " is unreadable", e);
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The two registries' message logs' entries for one agreement, oldest first (auditor's reads). */
    public List<JsonObject> messageLog(String agreementId) {
        return send(auditor(), "GET", API + "/exchange-messages?pageSize=100&agreementId=" + agreementId, null)
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }
}
