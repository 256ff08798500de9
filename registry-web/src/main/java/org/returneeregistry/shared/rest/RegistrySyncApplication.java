package org.returneeregistry.shared.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.returneeregistry.returnee.rest.RegistrySyncResource;

/**
 * The Digital Convergence Initiative's registry sync API under {@code /registry/sync} (docs/dci.md), beside
 * the registry's own API: DCI clients call {@code <registry>/registry/sync/search} as the specification
 * names the path, which {@code /api/v1} cannot hold. A JAX-RS application of its own keeps the DCI answers
 * apart from the registry API's version header and problem details for business refusals, while the bearer
 * tokens are verified by the module's MicroProfile JWT as for every other call ({@link RegistryApplication}'s
 * {@code @LoginConfig}); {@link ProblemMapper} answers what fails before the DCI envelope (roles, a body too
 * large). The classes are listed, not scanned.
 */
@ApplicationScoped
@ApplicationPath("sync")
public class RegistrySyncApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(RegistrySyncResource.class, ProblemMapper.class);
    }
}
