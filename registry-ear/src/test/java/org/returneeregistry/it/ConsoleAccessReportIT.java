package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * A returnee's access report, through REST and in a real browser in Nepali: an organisation of the
 * test's own reads the returnee's data once under the returnee's consent and is refused once without it; the
 * report — JSON, the console's page, the signed PDF downloaded from the page and from REST — lists exactly those two
 * decisions with the consent that permitted the one and the reason that refused the other; the PDF verifies offline
 * with the verifier jar against the published statement keys and fails once altered. Who may ask is held: a mission
 * officer and a ministry system are refused, a malformed number is refused at its field.
 */
class ConsoleAccessReportIT extends DeployedRegistry {

    private static final String REGISTRAR = "registrar.demo";
    private static final String READ = "HEALTH_FOLLOW_UP";
    private static final String REFUSED = "SKILLS_RECOGNITION";
    private static final Path WORK = Path.of("target", "access-report-it");

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    private static RegistryApi.Answer read(Callers.Caller caller, String registryNumber, String purpose) {
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + registryNumber + "/disclosure?purpose="
                                + purpose + "&category=IDENTITY"))
                        .header("Accept", JSON)
                        .GET());
    }

    private static RegistryApi.Answer report(Callers.Caller caller, String registryNumber) {
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + registryNumber + "/access-report"))
                        .header("Accept", JSON)
                        .GET());
    }

    private static byte[] pdf(Callers.Caller caller, String registryNumber) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + registryNumber + "/access-report"))
                                .header("Accept", "application/pdf")
                                .header("Authorization", caller.bearer())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals(
                "application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        return answer.body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void theReportListsWhoReadAndWhoWasRefusedOnThePageAndInASignedPdf(String lang) throws Exception {
        String code = "NPL-ACCREP-" + lang.toUpperCase();
        Callers.Caller ministry = Callers.ministrySystem(code);
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        String consent = Consents.recorded(rn, code, READ, List.of("IDENTITY"));
        read(ministry, rn, READ).expect(200);
        read(ministry, rn, REFUSED).problem(403, "NoConsent");

        // REST: the two decisions of the organisation, with the consent and the reason
        JsonObject json = report(Callers.registrar(), rn).expect(200).json();
        assertEquals(rn, json.getString("registryNumber"));
        List<JsonObject> ours = json.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> code.equals(l.getString("organisation")))
                .toList();
        assertEquals(2, ours.size(), json::toString);
        JsonObject refused = ours.get(0);
        JsonObject permitted = ours.get(1);
        assertEquals("DENY", refused.getString("outcome"));
        assertEquals("NO_CONSENT", refused.getString("reason"));
        assertEquals(REFUSED, refused.getString("purpose"));
        assertEquals(List.of(), refused.getJsonArray("granted").getValuesAs(jakarta.json.JsonString.class));
        assertEquals("PERMIT", permitted.getString("outcome"));
        assertEquals("CONSENT", permitted.getString("reason"));
        assertEquals(consent, permitted.getString("consentId"));
        assertEquals("IDENTITY", permitted.getJsonArray("granted").getString(0));
        assertEquals(json.getInt("decisions"), json.getJsonArray("lines").size());
        assertEquals(json.getInt("decisions"), json.getInt("permitted") + json.getInt("refused"), json::toString);
        assertEquals(200, report(Callers.auditor(), rn).status());

        // who may not ask, and a malformed number
        report(Callers.missionOfficer(), rn).problem(403, "NotAuthorized");
        report(ministry, rn).problem(403, "NotAuthorized");
        report(Callers.registrar(), "RR-0000-0042-0").problem(400, "ValidationFailed");

        // the signed PDF over REST: verified offline, and broken once altered
        Path keys = publishedKeys();
        byte[] signed = pdf(Callers.registrar(), rn);
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(signed, 4));
        assertPdfReports(signed, rn, code, consent);
        StatementIT.Verified verified = StatementIT.verifyOffline(signed, "access-report-" + lang + ".pdf", keys);
        assertEquals(0, verified.exit(), verified.output());
        byte[] altered = signed.clone();
        int at = new String(altered, StandardCharsets.ISO_8859_1).indexOf("/Title") + 8;
        altered[at] ^= 0x01;
        StatementIT.Verified broken =
                StatementIT.verifyOffline(altered, "access-report-altered-" + lang + ".pdf", keys);
        assertEquals(1, broken.exit(), broken.output());

        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("access-report", lang, REGISTRAR)) {
            browser.open("nav-access-report", "access-report");
            browser.type("report:returnee", "RR-12");
            browser.click("report:produce");
            browser.page("number-refused");
            assertFalse(browser.text("report:returnee-error").isEmpty(), browser.pageText());
            assertFalse(browser.present("produced"), browser.pageText());

            browser.type("report:returnee", rn);
            browser.click("report:produce");
            browser.page("report-shown");
            List<WebElement> rows = browser.all("tr.report-line[data-organisation='" + code + "']");
            assertEquals(2, rows.size(), browser.pageText());
            assertEquals("DENY", rows.get(0).getAttribute("data-outcome"));
            assertEquals("NO_CONSENT", rows.get(0).getAttribute("data-reason"));
            assertEquals("PERMIT", rows.get(1).getAttribute("data-outcome"));
            assertTrue(rows.get(1).getText().contains(consent), rows.get(1).getText());
            assertTrue(rows.get(1).getText().contains("IDENTITY"), rows.get(1).getText());
            assertFalse(browser.url().contains(rn), "no registry number in the address");

            Path downloaded = browser.download("report:pdf", "access-report.pdf");
            byte[] fromPage = Files.readAllBytes(downloaded);
            assertPdfReports(fromPage, rn, code, consent);
            StatementIT.Verified page =
                    StatementIT.verifyOffline(fromPage, "access-report-page-" + lang + ".pdf", keys);
            assertEquals(0, page.exit(), page.output());
        }
    }

    private static Path publishedKeys() throws Exception {
        RegistryApi.Answer published = RegistryApi.getAnonymously(API + "/statement-keys", "application/jwk-set+json");
        assertEquals(200, published.status(), published::toString);
        Files.createDirectories(WORK);
        Path keys = WORK.resolve("statement-keys.json");
        Files.writeString(keys, published.body(), StandardCharsets.UTF_8);
        return keys;
    }

    /** The PDF's text: the returnee, the organisation's two decisions, the consent; the Nepali headings present. */
    private static void assertPdfReports(byte[] pdf, String rn, String code, String consent) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String compact = text.replace(" ", "");
            assertTrue(text.contains(rn), text);
            assertTrue(compact.contains(code), text);
            assertTrue(compact.contains(consent), text);
            assertTrue(compact.contains("NO_CONSENT"), text);
            assertTrue(text.contains("Refused"), text);
            assertTrue(text.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F), "Nepali (Devanagari) in the PDF");
            assertTrue(
                    document.getDocumentInformation().getTitle().startsWith("Access report "),
                    document.getDocumentInformation().getTitle());
        }
    }
}
