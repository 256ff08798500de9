package org.returneeregistry.it.support;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import ca.uhn.hl7v2.util.StandardSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Ministry of Health's HL7 system as the registry sees it: a HAPI MLLP server on 127.0.0.1 that keeps
 * the ER7 of every message it receives and answers AE (or AR) to the first {@code refusals} messages, AA after
 * that. Close it when done: it stops the server and its threads.
 */
public final class MllpPeer implements AutoCloseable {

    private final HapiContext context;
    private final HL7Service server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft;
    private final AcknowledgmentCode refusal;

    private MllpPeer(int port, int refusals, AcknowledgmentCode refusal) {
        this.refusalsLeft = new AtomicInteger(refusals);
        this.refusal = refusal;
        this.context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.setSocketFactory(new LoopbackServerSockets());
        this.server = context.newServer(port, false);
        server.registerApplication(new ReceivingApplication<Message>() {
            @Override
            public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                try {
                    received.add(message.encode());
                    if (refusalsLeft.getAndDecrement() > 0) {
                        return message.generateACK(refusal, new HL7Exception("Facility not yet enrolled"));
                    }
                    return message.generateACK();
                } catch (IOException e) {
                    throw new HL7Exception(e);
                }
            }

            @Override
            public boolean canProcess(Message message) {
                return true;
            }
        });
    }

    /** HAPI binds its server socket to every interface; this keeps the peer on the loopback interface. */
    private static final class LoopbackServerSockets extends StandardSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public void bind(SocketAddress endpoint, int backlog) throws IOException {
                    int port = endpoint instanceof InetSocketAddress address ? address.getPort() : 0;
                    super.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
                }
            };
        }
    }

    /** A peer on the port that answers AA to everything. */
    public static MllpPeer start(int port) throws InterruptedException {
        return start(port, 0);
    }

    /** A peer on the port that refuses the first {@code refusals} messages with AE. */
    public static MllpPeer start(int port, int refusals) throws InterruptedException {
        return start(port, refusals, AcknowledgmentCode.AE);
    }

    /** A peer on the port that answers the first {@code refusals} messages with {@code code} (AE or AR). */
    public static MllpPeer start(int port, int refusals, AcknowledgmentCode code) throws InterruptedException {
        MllpPeer peer = new MllpPeer(port, refusals, code);
        peer.server.startAndWait();
        if (!peer.server.isRunning()) {
            peer.close();
            throw new IllegalStateException("the MLLP peer did not start on port " + port);
        }
        return peer;
    }

    /** The ER7 text of every message received, repeats included. */
    public List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stopAndWait();
        try {
            context.close();
        } catch (IOException e) {
            // nothing more to stop
        }
    }
}
