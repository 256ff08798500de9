package org.returneeregistry.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the statement verification: exit codes 0, 1 and 2 and what it prints. */
class VerifyStatementTest {

    @TempDir
    static Path dir;

    private static RSAKey key;
    private static Path keys;

    @BeforeAll
    static void aPublishedKey() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("registry-statement").generate();
        keys = dir.resolve("statement-keys.json");
        Files.writeString(keys, new JWKSet(key.toPublicJWK()).toString(true));
    }

    private static String statement(String kid, String format) throws Exception {
        String payload = "{\"format\":\"" + format + "\",\"statementId\":\"s-1\",\"issuedAt\":\"2026-12-07T10:15:30Z\","
                + "\"kid\":\"" + kid + "\",\"registryNumber\":\"RR-0000-0042-7\",\"periods\":[{\"days\":4748}]}";
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(new JOSEObjectType(StatementVerifier.TYPE))
                        .keyID(kid)
                        .build(),
                new Payload(payload));
        jws.sign(new RSASSASigner(key));
        String[] parts = jws.serialize().split("\\.");
        return "{\"protected\":\"" + parts[0] + "\",\"payload\":\"" + parts[1] + "\",\"signature\":\"" + parts[2]
                + "\"}";
    }

    private record Run(int exit, String out) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyLogBundle.run(args, print, print);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStatementSignedByAPublishedKeyVerifies() throws Exception {
        Path file = dir.resolve("statement.json");
        Files.writeString(file, statement("registry-statement", StatementVerifier.FORMAT));
        Run run = run("statement", file.toString(), "--keys", keys.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("Statement s-1 issued at 2026-12-07T10:15:30Z"), run.out());
    }

    @Test
    void aStatementWithAChangedCompactPayloadOrAnUnknownKeyFails() throws Exception {
        String signed = statement("registry-statement", StatementVerifier.FORMAT);
        // compact serialisation, one payload character changed
        String compact = signed.replaceAll(
                ".*\"protected\":\"([^\"]+)\",\"payload\":\"([^\"]+)\",\"signature\":\"([^\"]+)\".*", "$1.$2.$3");
        char c = compact.charAt(compact.indexOf('.') + 5);
        String altered = compact.substring(0, compact.indexOf('.') + 5)
                + (c == 'A' ? 'B' : 'A')
                + compact.substring(compact.indexOf('.') + 6);
        Path file = dir.resolve("altered.jws");
        Files.writeString(file, altered);
        Run broken = run("statement", file.toString(), "--keys", keys.toString());
        assertEquals(1, broken.exit(), broken.out());
        assertTrue(broken.out().contains("INVALID"), broken.out());

        Path unknown = dir.resolve("unknown-key.json");
        Files.writeString(unknown, statement("another-key", StatementVerifier.FORMAT));
        Run refused = run("statement", unknown.toString(), "--keys", keys.toString());
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.out().contains("not among the published keys"), refused.out());

        Path wrongFormat = dir.resolve("wrong-format.json");
        Files.writeString(wrongFormat, statement("registry-statement", "something-else/1"));
        assertEquals(
                1,
                run("statement", wrongFormat.toString(), "--keys", keys.toString())
                        .exit());
    }

    @Test
    void withoutKeysOrWithUnreadableFilesTheCommandSaysHowToUseIt() throws Exception {
        Path file = dir.resolve("any.json");
        Files.writeString(file, "{}");
        Run noKeys = run("statement", file.toString());
        assertEquals(2, noKeys.exit());
        assertTrue(noKeys.out().contains("usage"), noKeys.out());
        assertEquals(
                2,
                run("statement", dir.resolve("missing.json").toString(), "--keys", keys.toString())
                        .exit());
        Path notAPdf = dir.resolve("broken.pdf");
        Files.write(notAPdf, "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
        Run pdf = run("statement", notAPdf.toString(), "--keys", keys.toString());
        assertEquals(1, pdf.exit(), pdf.out());
    }
}
