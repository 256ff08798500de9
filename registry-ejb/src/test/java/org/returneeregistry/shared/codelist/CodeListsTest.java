package org.returneeregistry.shared.codelist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeListsTest {

    private static final CodeLists STANDARD = CodeLists.standard();

    @ParameterizedTest
    @ValueSource(strings = {"country", "identifier-type", "sex", "return-modality", "urgent-need",
            "pending-claim-type", "migration-channel", "reintegration-dimension", "reintegration-level",
            "vulnerability", "assistance-type", "isic-section", "isco-occupation"})
    void everyPublishedListIsLoadedWithCodes(String name) {
        CodeList list = STANDARD.find(name).orElseThrow(() -> new AssertionError("no code list " + name));

        assertEquals(name, list.name());
        assertFalse(list.entries().isEmpty(), name + " has no codes");
        assertFalse(list.description().isBlank(), name + " has no description");
        list.entries().forEach(e -> {
            assertFalse(e.code().isBlank(), name + " has a blank code");
            assertFalse(e.label().isBlank(), name + "/" + e.code() + " has no label");
            assertTrue(STANDARD.isValid(name, e.code()));
        });
    }

    @Test
    void codesAreUniqueWithinEachList() {
        for (CodeList list : STANDARD.all()) {
            List<String> codes = list.entries().stream().map(CodeList.Entry::code).toList();
            assertEquals(codes.size(), new HashSet<>(codes).size(), list.name() + " repeats a code");
        }
    }

    @Test
    void listsAreNamedUniquelyAfterTheirXmlTypes() {
        Set<String> types = STANDARD.all().stream().map(CodeList::xmlType).collect(Collectors.toSet());
        assertEquals(STANDARD.all().size(), types.size());
        assertEquals("CountryCode", STANDARD.find("country").orElseThrow().xmlType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NPL", "QAT", "SAU", "ARE", "MYS", "KWT"})
    void countriesOfOriginAndDestinationAreValid(String code) {
        assertTrue(STANDARD.isValid("country", code));
    }

    @Test
    void countryLabelsComeFromTheSchema() {
        assertTrue(STANDARD.find("country").orElseThrow().entries().contains(new CodeList.Entry("NPL", "Nepal")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "npl", "NP", "NEP", "NPL ", ""})
    void unknownCountryIsInvalid(String code) {
        assertFalse(STANDARD.isValid("country", code));
    }

    @Test
    void sexFollowsIso5218() {
        Set<String> codes = STANDARD.find("sex").orElseThrow().entries().stream()
                .map(CodeList.Entry::code).collect(Collectors.toSet());
        assertEquals(Set.of("0", "1", "2", "9"), codes);
        assertFalse(STANDARD.isValid("sex", "M"));
    }

    @Test
    void aCodeOfOneListIsNotValidInAnother() {
        assertTrue(STANDARD.isValid("urgent-need", "SHELTER"));
        assertFalse(STANDARD.isValid("return-modality", "SHELTER"));
    }

    @Test
    void unknownListIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> STANDARD.isValid("no-such-list", "NPL"));
        assertTrue(STANDARD.find("no-such-list").isEmpty());
    }

    @Test
    void parseReadsListsFromAppinfoAndEnumerations() {
        CodeLists lists = CodeLists.parse(stream(schema("")));

        CodeList colour = lists.find("colour").orElseThrow();
        assertEquals("Colour", colour.xmlType());
        assertEquals("Colours of things.", colour.description());
        assertEquals(List.of(new CodeList.Entry("R", "Red"), new CodeList.Entry("G", "Green")), colour.entries());
        assertTrue(lists.isValid("colour", "G"));
        assertFalse(lists.isValid("colour", "B"));
    }

    @Test
    void parseRefusesADoctype() {
        String xsd = "<!DOCTYPE xs:schema [<!ENTITY green \"Green\">]>" + schema("");

        assertThrows(IllegalStateException.class, () -> CodeLists.parse(stream(xsd)));
    }

    @Test
    void parseRefusesAnExternalEntityAndDoesNotReadTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top-secret");
        String xsd = "<!DOCTYPE xs:schema [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>" + schema("&xxe;");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CodeLists.parse(stream(xsd)));
        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("top-secret"), "the entity was resolved");
        }
    }

    /** A one-list schema; {@code extraLabel} is appended to the first label. */
    private static String schema(String extraLabel) {
        return """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test">
                    <xs:simpleType name="Colour">
                        <xs:annotation>
                            <xs:appinfo>colour</xs:appinfo>
                            <xs:documentation>Colours of things.</xs:documentation>
                        </xs:annotation>
                        <xs:restriction base="xs:string">
                            <xs:enumeration value="R"><xs:annotation><xs:documentation>Red%s</xs:documentation></xs:annotation></xs:enumeration>
                            <xs:enumeration value="G"><xs:annotation><xs:documentation>Green</xs:documentation></xs:annotation></xs:enumeration>
                        </xs:restriction>
                    </xs:simpleType>
                </xs:schema>
                """.formatted(extraLabel);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
