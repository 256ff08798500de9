package org.returneeregistry.node.officer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The install step: when the node has no officer yet and is started with NODE_FIRST_OFFICER and
 * NODE_FIRST_OFFICER_PASSWORD, that officer is created. Once one exists the two settings are ignored, so they
 * are needed only for the first start.
 */
@ApplicationScoped
public class FirstOfficer {

    private static final Logger LOG = Logger.getLogger(FirstOfficer.class.getName());

    @Inject
    Officers officers;

    @Inject
    @ConfigProperty(name = "node.first-officer")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "node.first-officer-password")
    Optional<String> password;

    void install(@Observes @Initialized(ApplicationScoped.class) Object start) {
        if (officers.count() > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning(
                    "the node has no officer: start it once with NODE_FIRST_OFFICER and NODE_FIRST_OFFICER_PASSWORD");
            return;
        }
        officers.create(username.get(), password.get().toCharArray(), null);
        LOG.info(() -> "first officer " + username.get() + " created");
    }
}
