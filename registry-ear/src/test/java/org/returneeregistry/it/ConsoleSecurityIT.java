package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.ConsoleBrowser;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Samples;

/**
 * The console's defences as a browser meets them, in Nepali: every page carries the
 * Content-Security-Policy and the other headers; the session cookie is HttpOnly, SameSite=Lax and ends with the
 * browser; a form posted from another site reaches no protected view (the browser withholds the cookie, and a
 * client that sends it anyway gets the expired-page answer, not the form); signing out ends the session here and at
 * the identity provider, so the old session cookie opens nothing.
 */
class ConsoleSecurityIT extends DeployedRegistry {

    private static final String MISSION_OFFICER = "officer.doh";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The console's client accepts the test domain's address (the realm file names the run command's). */
    @BeforeAll
    static void consoleClientKnowsTheTestAddress() {
        Callers.mission(Samples.MISSION);
        ConsoleBrowser.consoleClientKnowsTheTestAddress();
    }

    private static HttpResponse<String> get(String path, Cookie session) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(ConsoleBrowser.consoleUrl() + path))
                        .header("Cookie", session.getName() + "=" + session.getValue())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne"})
    void headersCookieCrossSitePostAndSignOut(String lang) throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.signedIn("security", lang, MISSION_OFFICER)) {
            Cookie session = browser.cookie("JSESSIONID");
            assertNotNull(session, "the console keeps its session in a cookie");
            assertTrue(session.isHttpOnly(), session::toString);
            assertEquals("Lax", session.getSameSite(), session::toString);
            assertNull(session.getExpiry(), "the session cookie ends with the browser");

            HttpResponse<String> page = get("/mission/notifications.xhtml", session);
            assertEquals(200, page.statusCode(), page::body);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            for (String directive : List.of(
                    "default-src 'none'",
                    "script-src 'self'",
                    "style-src 'self'",
                    "frame-ancestors 'none'",
                    "object-src 'none'",
                    "base-uri 'none'",
                    "form-action 'self'")) {
                assertTrue(policy.contains(directive), directive + " in " + policy);
            }
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals(
                    "nosniff",
                    page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(
                    "no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));

            // another site's form posting to the notification form: the browser sends no session cookie with it,
            // so the console does not know the person and asks for a sign-in; no form, no acknowledgement
            String target = ConsoleBrowser.consoleUrl() + "/mission/notify.xhtml";
            browser.visit("data:text/html;charset=utf-8,"
                    + URLEncoder.encode(
                                    "<html lang=en><title>elsewhere</title><form method=post action='" + target
                                            + "'><input name=notification:returnReason value=x>"
                                            + "<button id=go>go</button></form></html>",
                                    StandardCharsets.UTF_8)
                            .replace("+", "%20"));
            String landed = browser.clickAndAwait(
                    "#go",
                    "kc-login",
                    "expired",
                    "notification:submit",
                    "acknowledgement",
                    "signout:signout-button",
                    "kc-page-title",
                    "failure");
            browser.photograph("cross-site-post");
            assertFalse(
                    List.of("notification:submit", "acknowledgement").contains(landed),
                    landed + ": " + browser.pageText());
            assertFalse(browser.present("notification:submit"), browser.pageText());
            assertFalse(browser.present("acknowledgement"), browser.pageText());

            // a client that sends the cookie anyway, without the console's token: refused as an expired view
            HttpResponse<String> forged = HTTP.send(
                    HttpRequest.newBuilder(URI.create(target))
                            .header("Cookie", session.getName() + "=" + session.getValue())
                            .header("Origin", "https://elsewhere.example")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("notification%3AreturnReason=x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertFalse(forged.body().contains("notification:submit"), forged::body);
            assertEquals(403, forged.statusCode(), forged::body);
            assertTrue(forged.body().contains("id=\"expired\""), forged::body);

            // signing out ends the session here and at the identity provider
            browser.go("/index.xhtml", "before-sign-out");
            assertEquals(
                    "kc-login",
                    browser.clickAndAwait("input[id='signout:signout-button']", "kc-login", "signout:signout-button"),
                    "back at the identity provider's sign-in");
            browser.photograph("signed-out");
            HttpResponse<String> after = get("/mission/notifications.xhtml", session);
            assertTrue(after.statusCode() == 302 || after.statusCode() == 303, after.statusCode() + " " + after.body());
            assertTrue(
                    after.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"),
                    after.headers()::toString);
            assertEquals(
                    "kc-login",
                    browser.visitAndAwait(
                            ConsoleBrowser.consoleUrl() + "/index.xhtml", "kc-login", "signout:signout-button"),
                    "the identity provider's session ended too");
            browser.photograph("sign-in-again");
        }
    }
}
