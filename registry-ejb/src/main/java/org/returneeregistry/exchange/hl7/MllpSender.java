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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.returneeregistry.exchange.application.AttemptDeadline;
import org.returneeregistry.exchange.application.DestinationCheck;
import org.returneeregistry.exchange.application.OutboxSettings;
import org.returneeregistry.exchange.domain.DeliveryOutcome;

/**
 * Sends HL7 messages over MLLP with HAPI's client and reads the acknowledgement. One connection per
 * message, closed afterwards: the ministry link carries a trickle, and a connection that is never kept
 * open cannot go stale. Connecting and waiting for the ACK are both bounded, and the whole attempt ends at
 * its deadline (the connection is closed from outside). MLLP goes over TLS (host name checked against the
 * certificate) except to hosts the operator allowed plain transport to. HAPI's reader threads come
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
        context = newContext(executor, (int) settings.connectTimeout().toMillis(),
                (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /**
     * HAPI's context for sending: reader threads from {@code executor}, connects bounded by the timeout, TLS
     * sockets layered by {@code tls} (in the server, the platform's: the JVM's trust store).
     */
    static HapiContext newContext(ExecutorService executor, int connectTimeoutMillis, SSLSocketFactory tls) {
        HapiContext context = AdtMessages.newContext();
        context.setExecutorService(executor);
        context.setSocketFactory(new BoundedSocketFactory(connectTimeoutMillis, tls));
        return context;
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
     * Sends the ER7 message to host:port — over TLS, unless the host is one the operator allowed plain
     * transport to — and answers what its acknowledgement means. A failure to connect, a broken answer or
     * the deadline coming first is a failed attempt; the detail is for the server log only.
     */
    public DeliveryOutcome send(String host, int port, String er7, AttemptDeadline deadline) {
        boolean tls = !settings.destinations().insecureAllowed(host);
        Optional<DeliveryOutcome> refused = DestinationCheck.refusal(settings.destinations(), host, tls);
        if (refused.isPresent()) {
            return refused.get();
        }
        return deliver(context, host, port, tls, er7, deadline, settings.readTimeout());
    }

    /** One attempt to a destination the {@link DestinationCheck} has let through. */
    static DeliveryOutcome deliver(HapiContext context, String host, int port, boolean tls, String er7,
            AttemptDeadline deadline, Duration readTimeout) {
        Connection connection = null;
        try {
            Message message = context.getPipeParser().parse(er7);
            String controlId = new Terser(message).get("/MSH-10");
            connection = context.newClient(host, port, tls);
            Connection open = connection;
            deadline.onExpiry(() -> {
                try {
                    open.close();
                } catch (Exception e) {
                    // closing is all the deadline does
                }
            });
            Initiator initiator = connection.getInitiator();
            initiator.setTimeout(deadline.timeoutMillis(readTimeout), TimeUnit.MILLISECONDS);
            return Acknowledgements.outcome(initiator.sendAndReceive(message), controlId);
        } catch (HL7Exception | LLPException | IOException | RuntimeException e) {
            return DeliveryOutcome.failed(DeliveryOutcome.Failure.NO_ANSWER, "MLLP " + host + ":" + port + ": "
                    + (deadline.expired() ? "deadline reached: " : "") + describe(e));
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
        private final SSLSocketFactory tls;

        BoundedSocketFactory(int connectTimeoutMillis, SSLSocketFactory tls) {
            this.connectTimeoutMillis = connectTimeoutMillis;
            this.tls = tls;
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

        /** TLS layered by the context's factory, checking that the certificate names the host connected to. */
        @Override
        public Socket createTlsSocket() throws IOException {
            return new TlsSocket(connectTimeoutMillis, tls);
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

    /**
     * A TLS client socket for HAPI, which creates a socket and then connects it without a timeout: the
     * connect here is bounded, the handshake too, and the certificate must name the host connected to.
     * It stands for an SSLSocket layered over a plain one, delegating what HAPI uses of a socket.
     */
    private static final class TlsSocket extends Socket {

        private final int connectTimeoutMillis;
        private final SSLSocketFactory factory;
        private final Socket plain = new Socket();
        private volatile SSLSocket tls;

        TlsSocket(int connectTimeoutMillis, SSLSocketFactory factory) {
            this.connectTimeoutMillis = connectTimeoutMillis;
            this.factory = factory;
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, connectTimeoutMillis);
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            InetSocketAddress address = (InetSocketAddress) endpoint;
            plain.connect(endpoint, timeout);
            SSLSocket socket = (SSLSocket) factory.createSocket(plain, address.getHostString(), address.getPort(), true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(timeout);
            socket.startHandshake();
            socket.setSoTimeout(0);
            tls = socket;
        }

        private SSLSocket tls() throws SocketException {
            SSLSocket socket = tls;
            if (socket == null) {
                throw new SocketException("not connected");
            }
            return socket;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return tls().getInputStream();
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return tls().getOutputStream();
        }

        @Override
        public synchronized void close() throws IOException {
            SSLSocket socket = tls;
            if (socket != null) {
                socket.close();
            }
            plain.close();
        }

        @Override
        public boolean isClosed() {
            return plain.isClosed();
        }

        @Override
        public boolean isConnected() {
            return tls != null && plain.isConnected();
        }

        @Override
        public InetAddress getInetAddress() {
            return plain.getInetAddress();
        }

        @Override
        public int getPort() {
            return plain.getPort();
        }

        @Override
        public int getLocalPort() {
            return plain.getLocalPort();
        }

        @Override
        public SocketAddress getRemoteSocketAddress() {
            return plain.getRemoteSocketAddress();
        }
    }
}
