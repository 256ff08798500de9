package org.returneeregistry.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: Arquillian deploys the EAR exactly as the reactor built it
 * (target/registry.ear, not a hand-listed archive) into the Payara domain of the test run, once for the
 * whole run (see {@link SuiteDeployment}), and the tests talk to it from outside over HTTP, as
 * integrators do. The deployment and its database are shared: every test creates the organisations,
 * returnees and notifications it reads, under identifiers of its own, and puts back any shared setting
 * it changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedRegistry {

    @Deployment(testable = false)
    public static EnterpriseArchive registryEar() {
        File ear = new File("target/registry.ear");
        if (!ear.isFile()) {
            throw new IllegalStateException(
                    ear.getAbsolutePath() + " is missing: run the build through the package phase");
        }
        System.out.printf(
                "IT: deploying %s (%d KiB) to Payara Server on admin port %s, once for the test run%n",
                ear.getPath(), ear.length() / 1024, System.getProperty("payara.adminPort"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * Waits, as a load balancer does, until the deployment says it is ready: right after a deployment its readiness
     * may still be DOWN for a probe or two while the web module comes up.
     */
    @BeforeAll
    static void awaitReadiness() throws IOException, InterruptedException {
        URI ready = URI.create(RegistryApi.baseUrl().replaceFirst("/registry$", "") + "/health/ready");
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline) {
            status = http.send(
                            HttpRequest.newBuilder(ready)
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(ready + " did not answer 200 within 2 minutes; last status " + status);
    }
}
