package org.returneeregistry.verify;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Verifies a log bundle (format {@value #FORMAT}) against the registry's public keys, without the registry.
 *
 * <p>What it proves: every checkpoint in the bundle carries the registry's signature over (log, sequence,
 * hash, time); the slice starts at the log's start or at a signed checkpoint; every entry follows the one
 * before (its previous hash is that entry's hash); every whole entry's hash is the SHA-256 of its sequence
 * number, its fields, its previous hash and its seal; every entry a checkpoint names has the hash the
 * checkpoint signed; and the slice reaches every checkpoint it carries and ends at one. So an entry altered,
 * removed or slipped in, a log rewritten with its hashes recomputed, a log cut at its end, and a checkpoint
 * forged or altered are each found, named by the entry or checkpoint where it shows.
 *
 * <p>What it cannot prove: a redacted entry's hash (its content is not in the bundle) — the chain is checked to
 * link through it; and the seals (keyed with the registry's secret, which an offline verifier does not hold).
 */
public final class BundleVerifier {

    public static final String FORMAT = "returnee-registry-log-bundle/1";
    public static final String CHECKPOINT_TYPE = "log-checkpoint+jwt";
    public static final String GENESIS_HASH = "0".repeat(64);

    private final JWKSet keys;

    /** @param keys the registry's public keys: from its published JWKS, or (less strongly) from the bundle */
    public BundleVerifier(JWKSet keys) {
        this.keys = Objects.requireNonNull(keys);
    }

    /** The outcome: intact or the first problem, and the lines of the report. */
    public record Result(boolean intact, String problem, List<String> report) {}

    private record Signed(long sequence, String hash, String signedAt, String source) {
        String describe() {
            return "the checkpoint of entry " + sequence + " signed at " + signedAt + " (" + source + ")";
        }
    }

    public Result verify(Map<String, Object> bundle) {
        List<String> report = new ArrayList<>();
        try {
            return check(bundle, report);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            return failed(report, "The bundle is malformed: " + e.getMessage());
        }
    }

    private Result check(Map<String, Object> bundle, List<String> report) {
        if (!FORMAT.equals(bundle.get("format"))) {
            return failed(report, "Not a log bundle of format " + FORMAT + ": format is " + bundle.get("format"));
        }
        String log = text(bundle, "log");
        List<String> fieldNames = texts(bundle.get("fields"));
        report.add("Log: " + log + ", exported at " + bundle.get("exportedAt"));
        report.add("Selection: " + bundle.get("selection"));

        // the checkpoints: each must carry the registry's signature over what it lists
        Map<Long, Signed> signed = new TreeMap<>();
        int checkpointsChecked = 0;
        for (Object o : list(bundle.get("checkpoints"))) {
            Map<String, Object> c = map(o);
            long sequence = number(c, "sequence");
            Signed listed = new Signed(
                    sequence,
                    text(c, "hash"),
                    String.valueOf(c.get("signedAt")),
                    String.valueOf(c.get("source")).toLowerCase(Locale.ROOT).replace('_', ' '));
            JWTClaimsSet claims = signedClaims(text(c, "jws"));
            if (claims == null) {
                return failed(
                        report,
                        "Checkpoint of entry " + sequence + ": " + listed.describe()
                                + " does not carry the registry's signature: forged or altered");
            }
            Object claimedSequence = claims.getClaim("sequence");
            if (!log.equals(claims.getClaim("log"))
                    || !(claimedSequence instanceof Number n && n.longValue() == sequence)
                    || !listed.hash().equals(claims.getClaim("hash"))) {
                return failed(
                        report,
                        "Checkpoint of entry " + sequence + ": " + listed.describe()
                                + " lists a log, entry or hash its signature does not cover (signed: log "
                                + claims.getClaim("log") + ", entry " + claimedSequence + ", hash "
                                + claims.getClaim("hash")
                                + "): altered");
            }
            Signed previous = signed.putIfAbsent(sequence, listed);
            if (previous != null && !previous.hash().equals(listed.hash())) {
                return failed(
                        report,
                        "Checkpoint of entry " + sequence + ": two signed checkpoints hold different"
                                + " hashes for it");
            }
            checkpointsChecked++;
        }

        // where the slice starts: the log's start, or an entry a checkpoint signed
        Map<String, Object> anchor = map(bundle.get("anchor"));
        long anchorSequence = number(anchor, "sequence");
        String previousHash = text(anchor, "hash");
        if (anchorSequence == 0
                ? !GENESIS_HASH.equals(previousHash)
                : signed.get(anchorSequence) == null
                        || !signed.get(anchorSequence).hash().equals(previousHash)) {
            return failed(
                    report,
                    "Entry " + anchorSequence + ": the bundle starts after it, but no signed checkpoint"
                            + " holds the hash it gives for it");
        }

        long expected = anchorSequence + 1;
        int whole = 0;
        int redacted = 0;
        for (Object o : list(bundle.get("entries"))) {
            Map<String, Object> e = map(o);
            long sequence = number(e, "sequence");
            if (sequence != expected) {
                return failed(
                        report, "Entry " + expected + ": missing (the bundle goes on with entry " + sequence + ")");
            }
            if (!previousHash.equals(e.get("previousHash"))) {
                return failed(
                        report,
                        "Entry " + sequence + ": its previous hash is not the hash of entry " + (sequence - 1)
                                + ": an entry was altered, removed or slipped in there");
            }
            String entryHash = text(e, "entryHash");
            if (e.get("fields") != null) {
                List<String> fields = texts(e.get("fields"));
                // fields a log added later come last: an entry written before carries fewer
                if (fields.isEmpty() || fields.size() > fieldNames.size()) {
                    return failed(
                            report,
                            "Entry " + sequence + ": it has " + fields.size() + " fields, the log at most "
                                    + fieldNames.size());
                }
                String recomputed = hash(sequence, fields, previousHash, (String) e.get("seal"));
                if (!recomputed.equals(entryHash)) {
                    return failed(report, "Entry " + sequence + ": its content does not match its hash: altered");
                }
                whole++;
            } else {
                redacted++;
            }
            Signed checkpoint = signed.get(sequence);
            if (checkpoint != null && !checkpoint.hash().equals(entryHash)) {
                return failed(
                        report,
                        "Entry " + sequence + ": its hash is not the one " + checkpoint.describe()
                                + " holds: the log was rewritten at or before this entry and its hashes recomputed");
            }
            previousHash = entryHash;
            expected++;
        }
        long last = expected - 1;
        Signed beyond = signed.values().stream()
                .filter(c -> c.sequence() > last)
                .reduce((a, b) -> b)
                .orElse(null);
        if (beyond != null) {
            return failed(
                    report,
                    "Entry " + (last + 1) + ": missing — the slice ends at entry " + last + " but "
                            + beyond.describe() + " holds entry " + beyond.sequence() + ": entries " + (last + 1)
                            + " to "
                            + beyond.sequence() + " were cut");
        }
        if (last > anchorSequence && !signed.containsKey(last)) {
            return failed(
                    report,
                    "Entry " + last + ": the slice does not end at a signed checkpoint, so its last"
                            + " entries are not held against a signature");
        }
        report.add("Entries " + (anchorSequence + 1) + " to " + last + ": " + whole + " recomputed, " + redacted
                + " redacted (linked, their content not in the bundle)");
        report.add("Checkpoints: " + checkpointsChecked + " signatures verified");
        report.add("Not checked offline: the entries' seals (keyed with the registry's secret)");
        report.add("INTACT");
        return new Result(true, null, report);
    }

    /** The chain's hash: SHA-256 of the sequence number, the fields, the previous hash and the seal, joined by LF. */
    public static String hash(long sequence, List<String> fields, String previousHash, String seal) {
        List<String> lines = new ArrayList<>();
        lines.add(Long.toString(sequence));
        lines.addAll(fields);
        lines.add(previousHash);
        if (seal != null) {
            lines.add(seal);
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private JWTClaimsSet signedClaims(String jws) {
        try {
            SignedJWT jwt = SignedJWT.parse(jws);
            if (!new JOSEObjectType(CHECKPOINT_TYPE).equals(jwt.getHeader().getType())
                    || !JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
                return null;
            }
            for (JWK key : keys.getKeys()) {
                String kid = jwt.getHeader().getKeyID();
                if (key instanceof ECKey ec
                        && (kid == null || kid.equals(key.getKeyID()))
                        && jwt.verify(new ECDSAVerifier(ec.toPublicJWK()))) {
                    return jwt.getJWTClaimsSet();
                }
            }
            return null;
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }

    private static Result failed(List<String> report, String problem) {
        report.add("BROKEN: " + problem);
        return new Result(false, problem, report);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) Objects.requireNonNull(o, "a JSON object is missing");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static List<String> texts(Object o) {
        return list(o).stream().map(String.class::cast).toList();
    }

    private static String text(Map<String, Object> m, String name) {
        return (String) Objects.requireNonNull(m.get(name), "'" + name + "' is missing");
    }

    private static long number(Map<String, Object> m, String name) {
        Object value = Objects.requireNonNull(m.get(name), "'" + name + "' is missing");
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new IllegalArgumentException("'" + name + "' is not a whole number");
    }
}
