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
import java.util.Map;
import java.util.Optional;
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

    /** Adds an officer; false when the name is taken. */
    public boolean create(String username, char[] password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("an officer's name is 3 to 64 lower-case letters, digits, . _ -");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("an officer's password has at least " + MIN_PASSWORD + " characters");
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement insert =
                        c.prepareStatement("insert into officer (username, password_hash, created_at) select ?, ?, ? "
                                + "where not exists (select 1 from officer where username = ?)")) {
            insert.setString(1, username);
            insert.setString(2, hash.generate(password));
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(4, username);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the officer", e);
        }
    }

    /** True when the officer exists and the password is theirs. */
    public boolean verify(String username, char[] password) {
        Optional<String> stored = storedHash(username);
        return stored.isPresent() && hash.verify(password, stored.get());
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
                PreparedStatement query = c.prepareStatement("select password_hash from officer where username = ?")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the officer", e);
        }
    }
}
