package org.returneeregistry.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.returneeregistry.shared.domain.Role;

/** The signed-in person as the pages show them: name, organisation and which parts of the console they reach. */
@Named("me")
@RequestScoped
public class ConsoleUser {

    @Inject
    private HttpServletRequest request;

    public String getName() {
        return request.getUserPrincipal() == null
                ? ""
                : request.getUserPrincipal().getName();
    }

    public String getOrganisation() {
        return request.getUserPrincipal() instanceof ConsolePerson person ? person.organisation() : "";
    }

    public boolean isAuditor() {
        return request.isUserInRole(Role.Names.AUDITOR);
    }

    public boolean isMissionOfficer() {
        return request.isUserInRole(Role.Names.MISSION_OFFICER);
    }

    public boolean isAdministrator() {
        return request.isUserInRole(Role.Names.REGISTRY_ADMIN);
    }

    public boolean isRegistrar() {
        return request.isUserInRole(Role.Names.REGISTRAR);
    }
}
