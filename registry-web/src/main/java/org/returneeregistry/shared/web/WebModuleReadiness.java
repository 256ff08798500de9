package org.returneeregistry.shared.web;

import jakarta.enterprise.context.Dependent;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the registry's web module serves its REST and SOAP paths.
 *
 * <p>A load balancer routes on readiness, so it must not say UP early. Payara registers an application's checks
 * while the application loads, tens of seconds before its web module serves requests (REST and SOAP answer 404
 * until then). It runs a check such as {@link RegistryReadiness} inside the web module, and leaves the check out of
 * its answer while there is no web module to run it in: the answer was UP with no checks at all. This check is a
 * dependent bean without resources, which Payara calls directly, so it is in every answer from the moment it is
 * registered; it says DOWN until Payara has run {@link RegistryReadiness} inside the web module, which Payara does
 * only once the web module is registered with the HTTP listener, that is once requests reach it.
 */
@Readiness
@Dependent
public class WebModuleReadiness implements HealthCheck {

    /** Set the first time the database check runs inside this deployment's web module; each deployment has its own. */
    private static final AtomicBoolean SERVING = new AtomicBoolean();

    static void servingRequests() {
        SERVING.set(true);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("registry-web").status(SERVING.get()).build();
    }
}
