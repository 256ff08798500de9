package org.returneeregistry.verify;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;

/**
 * The offline verification of a log bundle: {@code java -jar registry-log-verify.jar BUNDLE.json [--keys
 * JWKS.json]}. Prints a report; exits 0 when the bundle is intact, 1 when it is not (the report names the
 * entry or checkpoint), 2 when it cannot be read. The registry's public keys should come from its published
 * JWKS ({@code --keys}); without them the keys in the bundle are used, and the report shows their thumbprints
 * to compare with the registry's. {@code java -jar registry-log-verify.jar statement …} verifies a statement of
 * periods abroad instead, and {@code … notice …} a claim's decision notice, signed the same way ({@link
 * VerifyStatement}).
 */
public final class VerifyLogBundle {

    private VerifyLogBundle() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && ("statement".equals(args[0]) || "notice".equals(args[0]))) {
            return VerifyStatement.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        Path bundleFile = null;
        Path keysFile = null;
        for (int i = 0; i < args.length; i++) {
            if ("--keys".equals(args[i]) && i + 1 < args.length) {
                keysFile = Path.of(args[++i]);
            } else if (bundleFile == null && !args[i].startsWith("--")) {
                bundleFile = Path.of(args[i]);
            } else {
                bundleFile = null;
                break;
            }
        }
        if (bundleFile == null) {
            err.println("usage: java -jar registry-log-verify.jar BUNDLE.json [--keys JWKS.json]");
            return 2;
        }
        Map<String, Object> bundle;
        JWKSet keys;
        try {
            bundle = JSONObjectUtils.parse(Files.readString(bundleFile, StandardCharsets.UTF_8));
            if (keysFile != null) {
                keys = JWKSet.parse(Files.readString(keysFile, StandardCharsets.UTF_8));
                out.println("Keys: from " + keysFile);
            } else {
                Object embedded = bundle.get("keys");
                if (!(embedded instanceof Map)) {
                    err.println("The bundle carries no keys; give the registry's JWKS with --keys");
                    return 2;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> jwks = (Map<String, Object>) embedded;
                keys = JWKSet.parse(jwks);
                out.println("Keys: from the bundle itself; compare these thumbprints with the registry's published"
                        + " keys, or give them with --keys");
            }
            for (var key : keys.getKeys()) {
                out.println("  key " + key.getKeyID() + ", SHA-256 thumbprint " + key.computeThumbprint());
            }
        } catch (IOException | ParseException | com.nimbusds.jose.JOSEException | RuntimeException e) {
            err.println("Cannot read the bundle or the keys: " + e.getMessage());
            return 2;
        }
        BundleVerifier.Result result = new BundleVerifier(keys).verify(bundle);
        result.report().forEach(out::println);
        return result.intact() ? 0 : 1;
    }
}
