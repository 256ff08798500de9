package org.returneeregistry.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The registry's REST API, major version 1, under {@code /registry/api/v1}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Returnee Registry API", version = "1.0",
        description = "Return notifications from missions abroad and the returnee registry."))
public class RegistryApplication extends Application {

    public static final String API_VERSION = "1.0";
}
