package org.returneeregistry.node.officer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.returneeregistry.node.store.NodeStore;

/**
 * The mission's officers who may use this node. Passwords are kept only as salted PBKDF2-HMAC-SHA512 hashes
 * (Jakarta Security's {@link Pbkdf2PasswordHash}), inside the encrypted store: a lost laptop yields neither.
 */
@ApplicationScoped
public class Officers {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;

    private static final Logger LOG = Logger.getLogger(Officers.class.getName());

    @Inject
    NodeStore store;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** An officer as the officers' page lists them. */
    public record Officer(
            String username, OffsetDateTime addedAt, String addedBy, OffsetDateTime disabledAt, String disabledBy) {
        public boolean active() {
            return disabledAt == null;
        }
    }

    /** What is wrong with a new officer's name and password, by field ({@code username}, {@code password}). */
    public static Map<String, String> problems(String username, char[] password) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.put("username", "an officer's name is 3 to 64 lower-case letters, digits, . _ -");
        }
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            problems.put(
                    "password",
                    "an officer's password has at least " + MIN_PASSWORD + " and at most " + MAX_PASSWORD
                            + " characters");
        } else if (new String(password).chars().anyMatch(Character::isISOControl)) {
            problems.put("password", "an officer's password has no control characters");
        }
        return problems;
    }

    /**
     * Adds an officer; false when the name is taken (by an active or a disabled officer: names are never reused).
     * {@code addedBy} is the officer who added them, or null for the node's first officer.
     */
    public boolean create(String username, char[] password, String addedBy) {
        Map<String, String> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.values()));
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into officer (username, password_hash, created_at, added_by) select ?, ?, ?, ? "
                                + "where not exists (select 1 from officer where username = ?)")) {
            insert.setString(1, username);
            insert.setString(2, hash.generate(password));
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(4, addedBy);
            insert.setString(5, username);
            boolean added = insert.executeUpdate() == 1;
            if (added) {
                LOG.info(
                        () -> "officer " + username + " added by " + (addedBy == null ? "the node's set-up" : addedBy));
            }
            return added;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the officer", e);
        }
    }

    /** True when the officer exists, is not disabled and the password is theirs. */
    public boolean verify(String username, char[] password) {
        Optional<String> stored = storedHash(username);
        return stored.isPresent() && hash.verify(password, stored.get());
    }

    /** True when the officer exists and is not disabled. */
    public boolean active(String username) {
        return storedHash(username).isPresent();
    }

    /**
     * Disables an officer, who can no longer log in and whose open sessions end at their next request. Refused
     * for the officer's own name (so the node always keeps an active officer: the one disabling) and for a name
     * that is not an active officer.
     */
    public void disable(String username, String by) {
        if (username == null || username.equals(by)) {
            throw new IllegalArgumentException("an officer cannot disable themselves");
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement update = c.prepareStatement("update officer set disabled_at = ?, disabled_by = ? "
                        + "where username = ? and disabled_at is null")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            update.setString(2, by);
            update.setString(3, username);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("no active officer of that name");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot disable the officer", e);
        }
        LOG.info(() -> "officer " + username + " disabled by " + by);
    }

    /** Every officer, active ones first, then by name. */
    public List<Officer> all() {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement query = c.prepareStatement(
                        "select username, created_at, added_by, disabled_at, disabled_by from officer "
                                + "order by case when disabled_at is null then 0 else 1 end, username");
                ResultSet rs = query.executeQuery()) {
            List<Officer> officers = new ArrayList<>();
            while (rs.next()) {
                officers.add(new Officer(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5)));
            }
            return officers;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the officers", e);
        }
    }

    public long count() {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement query = c.prepareStatement("select count(*) from officer");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the officers", e);
        }
    }

    private Optional<String> storedHash(String username) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement query = c.prepareStatement(
                        "select password_hash from officer where username = ? and disabled_at is null")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the officer", e);
        }
    }
}
