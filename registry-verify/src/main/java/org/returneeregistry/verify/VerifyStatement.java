package org.returneeregistry.verify;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * The offline verification of a statement of periods abroad: {@code java -jar registry-log-verify.jar statement
 * STATEMENT.json|STATEMENT.pdf --keys STATEMENT-KEYS.json}. The form is told by the file's first bytes ({@code %PDF}
 * or JSON/JWS text). Prints a report; exits 0 when the statement verifies, 1 when it does not, 2 when the files
 * cannot be read. The keys are the registry's published statement keys ({@code GET /api/v1/statement-keys}, a
 * JWKS), saved once and used without the registry.
 */
public final class VerifyStatement {

    static final String USAGE = "usage: java -jar registry-log-verify.jar statement STATEMENT.json|STATEMENT.pdf"
            + " --keys STATEMENT-KEYS.json";

    private VerifyStatement() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path statementFile = null;
        Path keysFile = null;
        for (int i = 0; i < args.length; i++) {
            if ("--keys".equals(args[i]) && i + 1 < args.length) {
                keysFile = Path.of(args[++i]);
            } else if (statementFile == null && !args[i].startsWith("--")) {
                statementFile = Path.of(args[i]);
            } else {
                statementFile = null;
                break;
            }
        }
        if (statementFile == null || keysFile == null) {
            err.println(USAGE);
            return 2;
        }
        byte[] statement;
        JWKSet keys;
        try {
            statement = Files.readAllBytes(statementFile);
            keys = JWKSet.parse(Files.readString(keysFile, StandardCharsets.UTF_8));
        } catch (IOException | ParseException | RuntimeException e) {
            err.println("Cannot read the statement or the keys: " + e.getMessage());
            return 2;
        }
        out.println("Keys: from " + keysFile + " (" + keys.getKeys().size() + ")");
        StatementVerifier verifier = new StatementVerifier(keys);
        boolean pdf = statement.length > 4
                && statement[0] == '%'
                && statement[1] == 'P'
                && statement[2] == 'D'
                && statement[3] == 'F';
        out.println("Statement: " + statementFile + (pdf ? " (PDF)" : " (JSON)"));
        StatementVerifier.Result result = pdf
                ? verifier.verifyPdf(statement)
                : verifier.verifyJson(new String(statement, StandardCharsets.UTF_8));
        result.report().forEach(out::println);
        return result.valid() ? 0 : 1;
    }
}
