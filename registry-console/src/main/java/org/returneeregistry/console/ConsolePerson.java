package org.returneeregistry.console;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person signed in to the console, as the access token the identity provider issued for them says: the
 * principal the container and the application services see. It is a {@link JsonWebToken}, as an API caller's
 * principal is, so the services identify a console caller exactly as they identify an API caller (subject,
 * {@code upn}, {@code organisation}, {@code azp}, roles from {@code groups}).
 */
public final class ConsolePerson implements JsonWebToken, Serializable {

    private static final long serialVersionUID = 1L;

    private final String rawToken;
    private final Map<String, Object> claims;
    private final String idToken;

    ConsolePerson(String rawToken, JWTClaimsSet claims, String idToken) {
        this.rawToken = rawToken;
        this.claims = Map.copyOf(claims.toJSONObject());
        this.idToken = idToken;
    }

    static ConsolePerson of(String rawToken, String idToken) throws ParseException {
        return new ConsolePerson(
                rawToken, com.nimbusds.jwt.SignedJWT.parse(rawToken).getJWTClaimsSet(), idToken);
    }

    @Override
    public String getName() {
        for (String name : List.of("upn", "preferred_username", "sub")) {
            Object value = claims.get(name);
            if (value != null) {
                return value.toString();
            }
        }
        return "";
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        if ("raw_token".equals(claimName)) {
            return (T) rawToken;
        }
        Object value = claims.get(claimName);
        if (value instanceof Collection<?> values && "groups".equals(claimName)) {
            return (T) Set.copyOf(values.stream().map(Object::toString).toList());
        }
        if (value instanceof Collection<?> values) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(v -> array.add(String.valueOf(v)));
            return (T) array.build();
        }
        return (T) value;
    }

    /** The roles the token gives (its {@code groups}). */
    public Set<String> groups() {
        Set<String> groups = getClaim("groups");
        return groups == null ? Set.of() : groups;
    }

    /** The organisation the person acts for ({@code organisation}), or an empty string. */
    public String organisation() {
        Object value = claims.get("organisation");
        return value == null ? "" : value.toString();
    }

    /** The identity token, handed back to the identity provider as the sign-out's hint. */
    String idToken() {
        return idToken;
    }

    @Override
    public String toString() {
        return getName();
    }
}
