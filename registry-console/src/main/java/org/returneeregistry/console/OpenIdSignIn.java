package org.returneeregistry.console;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Signs people in to the console with OpenID Connect's authorisation code flow against the registry's realm, as
 * the confidential client {@code registry-console}: an unauthenticated request for a protected page is sent to
 * the identity provider's login (state and nonce kept in the session), the callback exchanges the code for
 * tokens at the token endpoint, both tokens are verified (signature against the realm's keys, issuer, expiry;
 * the identity token's audience and nonce; the access token's audience, the API's), and the session then holds
 * the person ({@link ConsolePerson}) for the rest of its life. The container learns the person and their roles
 * (the access token's {@code groups}) through the Jakarta Authentication callbacks.
 *
 * <p>A Jakarta Authentication module of the console's context alone, not a Jakarta Security mechanism: the
 * EAR's API module authenticates with MicroProfile JWT's mechanism, and two mechanisms beans in one application
 * are ambiguous to both modules (ADR 0018).
 */
public class OpenIdSignIn implements ServerAuthModule {

    static final String PERSON = OpenIdSignIn.class.getName() + ".person";
    private static final String STATE = OpenIdSignIn.class.getName() + ".state";
    private static final String NONCE = OpenIdSignIn.class.getName() + ".nonce";
    private static final String RETURN_TO = OpenIdSignIn.class.getName() + ".returnTo";
    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final ConsoleSignIn settings;
    private CallbackHandler handler;
    private volatile JsonObject metadata;
    private volatile DefaultJWTProcessor<SecurityContext> idTokens;
    private volatile DefaultJWTProcessor<SecurityContext> accessTokens;

    public OpenIdSignIn(ConsoleSignIn settings) {
        this.settings = settings;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void initialize(
            MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler, Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        try {
            HttpSession session = request.getSession(false);
            ConsolePerson person = session == null ? null : (ConsolePerson) session.getAttribute(PERSON);
            if (person != null) {
                return signedIn(client, person);
            }
            if ((request.getContextPath() + ConsoleSignIn.CALLBACK).equals(request.getRequestURI())) {
                return callback(request, response);
            }
            if (!Boolean.parseBoolean(
                    String.valueOf(message.getMap().get("jakarta.security.auth.message.MessagePolicy.isMandatory")))) {
                return AuthStatus.SUCCESS;
            }
            return toLogin(request, response);
        } catch (IOException | RuntimeException | ParseException e) {
            LOG.log(Level.WARNING, "Console sign-in failed", e);
            AuthException failed = new AuthException("sign-in failed");
            failed.initCause(e);
            throw failed;
        }
    }

    private AuthStatus signedIn(Subject client, ConsolePerson person) throws AuthException {
        Set<String> groups = person.groups();
        try {
            handler.handle(new Callback[] {
                new CallerPrincipalCallback(client, person),
                new GroupPrincipalCallback(client, groups.toArray(String[]::new))
            });
        } catch (IOException | UnsupportedCallbackException e) {
            AuthException failed = new AuthException("the container did not take the signed-in person");
            failed.initCause(e);
            throw failed;
        }
        return AuthStatus.SUCCESS;
    }

    private AuthStatus toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        String state = random();
        String nonce = random();
        session.setAttribute(STATE, state);
        session.setAttribute(NONCE, nonce);
        // only a page asked for with GET is returned to after the sign-in; a form's post starts at the start page
        String returnTo = "GET".equals(request.getMethod())
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getContextPath() + "/";
        session.setAttribute(RETURN_TO, returnTo);
        String url = metadata().getString("authorization_endpoint")
                + "?response_type=code&scope=openid"
                + "&client_id=" + encode(settings.clientId())
                + "&redirect_uri=" + encode(callbackUri(request))
                + "&state=" + encode(state)
                + "&nonce=" + encode(nonce);
        response.sendRedirect(url);
        return AuthStatus.SEND_CONTINUE;
    }

    private AuthStatus callback(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ParseException {
        HttpSession session = request.getSession(false);
        String state = session == null ? null : (String) session.getAttribute(STATE);
        String code = request.getParameter("code");
        if (state == null || code == null || !state.equals(request.getParameter("state"))) {
            // a callback this session did not ask for (or a refusal at the identity provider): start again
            response.sendRedirect(request.getContextPath() + "/");
            return AuthStatus.SEND_CONTINUE;
        }
        String nonce = (String) session.getAttribute(NONCE);
        String returnTo = (String) session.getAttribute(RETURN_TO);
        session.removeAttribute(STATE);
        session.removeAttribute(NONCE);
        session.removeAttribute(RETURN_TO);
        JsonObject tokens = tokens(code, callbackUri(request));
        String idToken = tokens.getString("id_token");
        String accessToken = tokens.getString("access_token");
        try {
            JWTClaimsSet id = idTokens().process(idToken, null);
            if (!nonce.equals(id.getStringClaim("nonce"))) {
                throw new BadJOSEException("the identity token's nonce is not the one sent");
            }
            JWTClaimsSet access = accessTokens().process(accessToken, null);
            if (!id.getSubject().equals(access.getSubject())) {
                throw new BadJOSEException("the tokens name different subjects");
            }
        } catch (BadJOSEException | JOSEException e) {
            LOG.log(Level.WARNING, "Console sign-in refused: {0}", e.getMessage());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return AuthStatus.SEND_FAILURE;
        }
        // a new session for the signed-in person (no fixation of the one the sign-in began in)
        request.changeSessionId();
        request.getSession().setAttribute(PERSON, ConsolePerson.of(accessToken, idToken));
        response.sendRedirect(returnTo == null ? request.getContextPath() + "/" : returnTo);
        return AuthStatus.SEND_CONTINUE;
    }

    private JsonObject tokens(String code, String redirectUri) throws IOException {
        String form = Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", redirectUri)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String basic = Base64.getEncoder()
                .encodeToString((encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        HttpRequest post = HttpRequest.newBuilder(URI.create(metadata().getString("token_endpoint")))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> answer = send(post);
        if (answer.statusCode() != 200) {
            throw new IOException("the token endpoint answered " + answer.statusCode());
        }
        return json(answer.body());
    }

    /** The identity provider's metadata (discovery document), read once. */
    JsonObject metadata() throws IOException {
        JsonObject known = metadata;
        if (known == null) {
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(URI.create(settings.issuer() + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(20))
                            .GET()
                            .build());
            if (answer.statusCode() != 200) {
                throw new IOException("the identity provider's discovery document answered " + answer.statusCode());
            }
            known = json(answer.body());
            metadata = known;
        }
        return known;
    }

    private DefaultJWTProcessor<SecurityContext> idTokens() throws IOException {
        if (idTokens == null) {
            idTokens = processor(new DefaultJWTClaimsVerifier<>(
                    settings.clientId(),
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                    Set.of("sub", "exp", "iat", "nonce")));
        }
        return idTokens;
    }

    private DefaultJWTProcessor<SecurityContext> accessTokens() throws IOException {
        if (accessTokens == null) {
            accessTokens = processor(new DefaultJWTClaimsVerifier<>(
                    settings.audience(),
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                    Set.of("sub", "exp", "iat")));
        }
        return accessTokens;
    }

    private DefaultJWTProcessor<SecurityContext> processor(DefaultJWTClaimsVerifier<SecurityContext> claims)
            throws IOException {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(
                            URI.create(metadata().getString("jwks_uri")).toURL())
                    .build();
        } catch (MalformedURLException e) {
            throw new IOException("the identity provider's jwks_uri is not a URL", e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(
                        JWSAlgorithm.RS256,
                        JWSAlgorithm.RS384,
                        JWSAlgorithm.RS512,
                        JWSAlgorithm.PS256,
                        JWSAlgorithm.ES256),
                keys));
        processor.setJWTClaimsSetVerifier(claims);
        // Keycloak types its tokens (typ "JWT"); the header type is not what is checked here
        processor.setJWSTypeVerifier((type, context) -> {});
        return processor;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling the identity provider", e);
        }
    }

    static String callbackUri(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + ConsoleSignIn.CALLBACK;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PERSON);
        }
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
