package org.returneeregistry.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The console's principal answers the claims the application services read from an API caller's token. */
class ConsolePersonTest {

    @Test
    void namesThePersonByUpnAndGivesRolesOrganisationAndClient() throws Exception {
        SignedJWT token = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder()
                        .subject("f3a9")
                        .claim("upn", "auditor.demo")
                        .claim("preferred_username", "other")
                        .claim("groups", List.of("auditor"))
                        .claim("organisation", "NPL-DOFE")
                        .claim("azp", "registry-console")
                        .build());
        token.sign(new MACSigner(new byte[32]));
        ConsolePerson person = ConsolePerson.of(token.serialize(), "id-token");

        assertEquals("auditor.demo", person.getName());
        assertEquals("f3a9", person.getSubject());
        assertEquals(Set.of("auditor"), person.getGroups());
        assertEquals("NPL-DOFE", person.organisation());
        assertEquals("registry-console", person.getClaim("azp"));
        assertEquals(token.serialize(), person.getRawToken());
        assertEquals("id-token", person.idToken());
    }
}
