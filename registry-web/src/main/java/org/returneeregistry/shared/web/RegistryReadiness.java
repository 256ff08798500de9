package org.returneeregistry.shared.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the system of record answers. Payara runs this check inside the registry's web module only, so its
 * running at all shows the web module serves requests (see {@link WebModuleReadiness}).
 */
@Readiness
@ApplicationScoped
public class RegistryReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/registry")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        WebModuleReadiness.servingRequests();
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("registry-database")
                    .status(connection.isValid(2))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("registry-database").down().build();
        }
    }
}
