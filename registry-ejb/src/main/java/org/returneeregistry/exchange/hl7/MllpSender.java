package org.returneeregistry.exchange.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.Initiator;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.SocketFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.StandardSocketFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.returneeregistry.exchange.application.OutboxSettings;
import org.returneeregistry.exchange.domain.DeliveryOutcome;

/**
 * Sends HL7 messages over MLLP with HAPI's client and reads the acknowledgement. One connection per
 * message, closed afterwards: the ministry link carries a trickle, and a connection that is never kept
 * open cannot go stale. Connecting and waiting for the ACK are both bounded. HAPI's reader threads come
 * from the server's managed thread factory and are stopped, with every open connection, when the
 * application is undeployed — HAPI's own default executor would register a JVM shutdown hook and keep
 * the application's classes alive after undeploy.
 */
@ApplicationScoped
public class MllpSender {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Inject
    private OutboxSettings settings;

    private ExecutorService executor;
    private HapiContext context;

    @PostConstruct
    void start() {
        executor = Executors.newCachedThreadPool(threads);
        context = AdtMessages.newContext();
        context.setExecutorService(executor);
        context.setSocketFactory(new BoundedSocketFactory((int) settings.connectTimeout().toMillis()));
    }

    @PreDestroy
    void stop() {
        try {
            context.close();
        } catch (IOException | RuntimeException e) {
            // closing sockets that are gone already; nothing else to do at undeploy
        }
        executor.shutdownNow();
    }

    /**
     * Sends the ER7 message to host:port and answers what its acknowledgement means; a failure to
     * connect, a timeout or a broken answer is a failed attempt.
     */
    public DeliveryOutcome send(String host, int port, String er7) {
        Connection connection = null;
        try {
            Message message = context.getPipeParser().parse(er7);
            String controlId = new Terser(message).get("/MSH-10");
            connection = context.newClient(host, port, false);
            Initiator initiator = connection.getInitiator();
            initiator.setTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return Acknowledgements.outcome(initiator.sendAndReceive(message), controlId);
        } catch (HL7Exception | LLPException | IOException | RuntimeException e) {
            return DeliveryOutcome.failed("MLLP " + host + ":" + port + ": " + describe(e));
        } finally {
            if (connection != null) {
                context.getConnectionHub().discard(connection);
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** Plain sockets whose connect gives up after the timeout (HAPI connects without one). */
    private static final class BoundedSocketFactory implements SocketFactory {

        private final StandardSocketFactory standard = new StandardSocketFactory();
        private final int connectTimeoutMillis;

        BoundedSocketFactory(int connectTimeoutMillis) {
            this.connectTimeoutMillis = connectTimeoutMillis;
        }

        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint) throws IOException {
                    super.connect(endpoint, connectTimeoutMillis);
                }
            };
        }

        @Override
        public Socket createTlsSocket() throws IOException {
            return standard.createTlsSocket();
        }

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return standard.createServerSocket();
        }

        @Override
        public ServerSocket createTlsServerSocket() throws IOException {
            return standard.createTlsServerSocket();
        }

        @Override
        public void configureNewAcceptedSocket(Socket socket) throws SocketException {
            standard.configureNewAcceptedSocket(socket);
        }
    }
}
