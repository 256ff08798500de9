package org.returneeregistry.node.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.returneeregistry.node.store.NodeStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The registry's code lists as the node last had them. Until the node has reached the registry it uses the lists
 * of the contract it was built with ({@code codelists.xsd} from the schemas); every successful sync fetches the
 * registry's current lists and keeps them, versioned by their content's SHA-256, so capture works offline with
 * the newest lists the node has seen.
 */
@ApplicationScoped
public class CodeLists {

    /** The lists the capture form uses. */
    public static final List<String> USED = List.of(
            "country",
            "identifier-type",
            "sex",
            "return-modality",
            "urgent-need",
            "migration-channel",
            "isic-section",
            "isco-occupation");

    static final String BUNDLED = "contracts/v1/xsd/codelists.xsd";

    @Inject
    NodeStore store;

    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

    /** The codes of a list and their labels, in the registry's order. */
    public Map<String, String> codes(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    /** The version and source of each used list, for the officer to see how current the node is. */
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q =
                        c.prepareStatement("select name, source, version, fetched_at from code_list order by name");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                versions.put(
                        rs.getString(1),
                        rs.getString(2) + " " + rs.getString(3) + " (" + rs.getObject(4, OffsetDateTime.class) + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the code lists", e);
        }
        return versions;
    }

    /** Keeps a list fetched from the registry (its JSON {@code entries}); true when it changed. */
    public boolean store(String name, JsonArray entries) {
        JsonArrayBuilder content = Json.createArrayBuilder();
        for (JsonObject e : entries.getValuesAs(JsonObject.class)) {
            content.add(
                    Json.createObjectBuilder().add("code", e.getString("code")).add("label", e.getString("label", "")));
        }
        String json = content.build().toString();
        String version = sha256(json).substring(0, 16);
        try (Connection c = store.dataSource().getConnection()) {
            try (PreparedStatement q = c.prepareStatement("select version from code_list where name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && rs.getString(1).equals(version)) {
                        return false;
                    }
                }
            }
            try (PreparedStatement merge = c.prepareStatement(
                    "merge into code_list (name, version, source, fetched_at, content) key (name) values (?, ?, ?, ?, ?)")) {
                merge.setString(1, name);
                merge.setString(2, version);
                merge.setString(3, "REGISTRY");
                merge.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                merge.setString(5, json);
                merge.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store code list " + name, e);
        }
        cache.remove(name);
        return true;
    }

    private Map<String, String> load(String name) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("select content from code_list where name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    Map<String, String> codes = new LinkedHashMap<>();
                    JsonArray entries =
                            Json.createReader(new StringReader(rs.getString(1))).readArray();
                    for (JsonObject e : entries.getValuesAs(JsonObject.class)) {
                        codes.put(e.getString("code"), e.getString("label"));
                    }
                    return java.util.Collections.unmodifiableMap(codes);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read code list " + name, e);
        }
        Map<String, String> bundled = bundled().get(name);
        if (bundled == null) {
            throw new IllegalArgumentException("no code list named " + name);
        }
        return bundled;
    }

    /** The lists of the contract the node was built with. */
    static Map<String, Map<String, String>> bundled() {
        try (InputStream in = CodeLists.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Document doc = factory.newDocumentBuilder().parse(in);
            String xs = XMLConstants.W3C_XML_SCHEMA_NS_URI;
            Map<String, Map<String, String>> lists = new LinkedHashMap<>();
            NodeList types = doc.getElementsByTagNameNS(xs, "simpleType");
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                NodeList appinfo = type.getElementsByTagNameNS(xs, "appinfo");
                if (appinfo.getLength() == 0) {
                    continue;
                }
                Map<String, String> codes = new LinkedHashMap<>();
                NodeList enums = type.getElementsByTagNameNS(xs, "enumeration");
                for (int j = 0; j < enums.getLength(); j++) {
                    Element e = (Element) enums.item(j);
                    NodeList doc1 = e.getElementsByTagNameNS(xs, "documentation");
                    codes.put(
                            e.getAttribute("value"),
                            doc1.getLength() == 0
                                    ? ""
                                    : doc1.item(0).getTextContent().trim());
                }
                lists.put(appinfo.item(0).getTextContent().trim(), java.util.Collections.unmodifiableMap(codes));
            }
            return lists;
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read the bundled code lists", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
