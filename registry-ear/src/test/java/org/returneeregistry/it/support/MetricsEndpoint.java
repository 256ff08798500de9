package org.returneeregistry.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Payara's /metrics as the domain secures it: only over HTTPS (plain HTTP is redirected there) and only
 * for a file-realm user in group metrics-reader (HTTP Basic). The client trusts exactly the test domain's
 * own certificate (alias s1as) and accepts it for the loopback address the domain listens on.
 */
public final class MetricsEndpoint {

    /** A status and a body. */
    public record Reply(int status, String body) {
    }

    private MetricsEndpoint() {
    }

    /** GET https://127.0.0.1:HTTPS/{pathAndQuery}, as the metrics reader or, with {@code authorization} null, anonymously. */
    public static Reply get(String pathAndQuery, String authorization) {
        int httpsPort = Integer.parseInt(System.getProperty("payara.httpPort")) + 1;
        try {
            HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://127.0.0.1:" + httpsPort + pathAndQuery)
                    .toURL().openConnection();
            connection.setSSLSocketFactory(domainTrust().getSocketFactory());
            connection.setHostnameVerifier((host, session) -> "127.0.0.1".equals(host));
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(30_000);
            connection.setRequestProperty("Accept", "text/plain");
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            int status = connection.getResponseCode();
            InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
            connection.disconnect();
            return new Reply(status, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SSLContext domainTrust() {
        Path keystore = Path.of(System.getProperty("registry.it.domainDir"), "config", "keystore.p12");
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore domain = KeyStore.getInstance("PKCS12");
            domain.load(in, "changeit".toCharArray());
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("s1as", domain.getCertificate("s1as"));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the test domain's certificate in " + keystore, e);
        }
    }
}
