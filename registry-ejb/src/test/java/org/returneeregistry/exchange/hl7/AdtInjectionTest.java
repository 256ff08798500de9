package org.returneeregistry.exchange.hl7;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.application.AdtPerson;

/**
 * Text that carries MLLP's framing bytes (VT 0x0B starts a block, FS 0x1C CR ends it) and line breaks,
 * put straight into the builder as if input validation had let it through: the Ministry of Health's
 * HAPI MLLP server still receives exactly one message, with the registry's segments only and the text
 * as it was sent.
 */
class AdtInjectionTest {

    private static final Instant AT = Instant.parse("2026-03-10T08:15:30Z");
    private static final AdtMessages.Addressing TO_MOHP = new AdtMessages.Addressing("NPL-DOFE", "HMIS", "NPL-MOHP");
    private static final String INJECTED = "\u001c\r\u000bMSH|^~\\&|RETURNEE-REGISTRY|NPL-DOFE|HMIS|NPL-MOHP|20260310081530||"
            + "ADT^A31^ADT_A05|FORGED|P|2.5.1\rPID|1||RR-9999-9999-9^^^RR^PI||Forged^Person\n";
    private static final String NOTE = "Injured hand.\nNeeds follow-up." + INJECTED + "\u0085end";
    private static final String NAME = "Ram\nEVN|A31\u000b\u001c\r";

    private static AdtPerson person() {
        return new AdtPerson("RR-0000-0001-3", NAME, "Thapa\t\u007f", LocalDate.of(1990, 4, 12), "1",
                List.of(new AdtPerson.Identifier("PASSPORT", "PA1234567", "NPL")), "+9779812345678",
                "Ward 4\r\nTulsipur", "Dang", "MEDICAL", NOTE);
    }

    @Test
    void theEncodedMessageCarriesNoControlCharacterButItsSegmentSeparators() throws HL7Exception {
        String er7 = AdtMessages.build(person(), "c-1", false, AT, TO_MOHP);

        for (char c : er7.toCharArray()) {
            assertTrue(c == '\r' || Character.getType(c) != Character.CONTROL,
                    () -> String.format("raw U+%04X in %s", (int) c, er7));
        }
        List<String> segments = List.of(er7.split("\r"));
        assertEquals(List.of("MSH", "EVN", "PID", "OBX", "OBX"), segments.stream().map(s -> s.substring(0, 3)).toList(),
                er7);
        assertTrue(er7.contains("Injured hand.\\X0A\\Needs follow-up.\\X1C\\\\X000d\\\\X0B\\MSH\\F\\"), er7);
    }

    @Test
    void theTextReadsBackAsItWasWritten() throws HL7Exception {
        Terser t = new Terser(AdtMessages.parser().parse(AdtMessages.build(person(), "c-1", false, AT, TO_MOHP)));

        assertEquals(NOTE, t.get("/OBX(1)-5"));
        assertEquals(NAME, t.get("/PID-5-2"));
        assertEquals("Thapa\t\u007f", t.get("/PID-5-1"));
        assertEquals("Ward 4\r\nTulsipur", t.get("/PID-11-1"));
    }

    @Test
    void aLoneSurrogateIsReplacedNotSent() throws HL7Exception {
        AdtPerson lone = new AdtPerson("RR-0000-0001-3", "Ram\uD800", null, LocalDate.of(1990, 4, 12), null, List.of(),
                null, null, null, null, null);

        String er7 = AdtMessages.build(lone, "c-2", false, AT, TO_MOHP);

        assertFalse(er7.chars().anyMatch(c -> Character.isSurrogate((char) c)), er7);
        assertEquals("Ram\uFFFD", new Terser(AdtMessages.parser().parse(er7)).get("/PID-5-2"));
    }

    @Test
    void aHapiMllpPeerReceivesExactlyOneWellFormedMessage() throws Exception {
        List<Message> received = new CopyOnWriteArrayList<>();
        int port = freePort();
        try (HapiContext peerContext = AdtMessages.newContext(); HapiContext senderContext = AdtMessages.newContext()) {
            HL7Service peer = peerContext.newServer(port, false);
            peer.registerApplication(new Recorder(received));
            peer.startAndWait();
            try {
                String er7 = AdtMessages.build(person(), "c-3", false, AT, TO_MOHP);
                Connection connection = senderContext.newClient("127.0.0.1", port, false);
                connection.getInitiator().setTimeout(10, TimeUnit.SECONDS);
                Message ack = connection.getInitiator().sendAndReceive(senderContext.getPipeParser().parse(er7));

                assertEquals("AA", new Terser(ack).get("/MSA-1"));
                assertEquals("c-3", new Terser(ack).get("/MSA-2"));
                connection.close();
            } finally {
                peer.stopAndWait();
            }
        }
        assertEquals(1, received.size(), () -> "messages received: " + received);
        Terser t = new Terser(received.get(0));
        assertEquals("c-3", t.get("/MSH-10"));
        assertEquals("RR-0000-0001-3", t.get("/PID-3(0)-1"));
        assertEquals(NOTE, t.get("/OBX(1)-5"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Recorder(List<Message> received) implements ReceivingApplication<Message> {
        @Override
        public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
            received.add(message);
            try {
                return message.generateACK();
            } catch (IOException e) {
                throw new HL7Exception(e);
            }
        }

        @Override
        public boolean canProcess(Message message) {
            return true;
        }
    }
}
