package org.returneeregistry.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeStoreTest {

    private static final String NAME = "Kamala Bhandari-Unmistakable";

    @Test
    void whatIsSavedIsReadBackWithTheKeyAndIsNotInTheFileInClear(@TempDir Path dir) throws Exception {
        byte[] salt = NodeStore.salt(dir);
        JdbcConnectionPool pool = NodeStore.open(dir, NodeKey.derive("a long node passphrase".toCharArray(), salt));
        try (Connection c = pool.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into notification (notification_id, captured_by,"
                        + " captured_at, display_name, payload, status) values ('n-1', 'o', current_timestamp, ?, ?,"
                        + " 'WAITING')")) {
            insert.setString(1, NAME);
            insert.setString(2, "{\"name\":\"" + NAME + "\"}");
            insert.executeUpdate();
        } finally {
            pool.dispose();
        }
        byte[] file = Files.readAllBytes(dir.resolve("node.mv.db"));
        assertTrue(file.length > 0);
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains("Unmistakable"), "the name is in clear");
        assertFalse(new String(file, StandardCharsets.UTF_16LE).contains("Unmistakable"), "the name is in clear");

        JdbcConnectionPool again = NodeStore.open(dir, NodeKey.derive("a long node passphrase".toCharArray(), salt));
        try (Connection c = again.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select display_name from notification")) {
            assertTrue(rs.next());
            assertEquals(NAME, rs.getString(1));
        } finally {
            again.dispose();
        }
    }

    @Test
    void anotherPassphraseDoesNotOpenTheStore(@TempDir Path dir) {
        byte[] salt = NodeStore.salt(dir);
        NodeStore.open(dir, NodeKey.derive("the right passphrase".toCharArray(), salt))
                .dispose();
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> NodeStore.open(dir, NodeKey.derive("the wrong passphrase".toCharArray(), salt)));
        assertTrue(refused.getMessage().contains("cannot open"), refused.getMessage());
    }

    @Test
    void aShortPassphraseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NodeKey.derive("short".toCharArray(), new byte[16]));
    }

    @Test
    void theSaltIsMadeOnceAndKept(@TempDir Path dir) {
        byte[] first = NodeStore.salt(dir);
        assertEquals(NodeKey.SALT_BYTES, first.length);
        assertEquals(
                java.util.HexFormat.of().formatHex(first),
                java.util.HexFormat.of().formatHex(NodeStore.salt(dir)));
    }
}
