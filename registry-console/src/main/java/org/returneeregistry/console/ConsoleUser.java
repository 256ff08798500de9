package org.returneeregistry.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.Role;

/** The signed-in person as the pages show them: name, organisation and which parts of the console they reach. */
@Named("me")
@RequestScoped
public class ConsoleUser {

    @Inject
    private SecurityContext security;

    @Inject
    private CallScope scope;

    public String getName() {
        return security.getCallerPrincipal() == null
                ? ""
                : security.getCallerPrincipal().getName();
    }

    public String getOrganisation() {
        Actor person = scope.signedIn();
        return person == null || person.organisation() == null ? "" : person.organisation();
    }

    public boolean isAuditor() {
        return security.isCallerInRole(Role.Names.AUDITOR);
    }

    public boolean isMissionOfficer() {
        return security.isCallerInRole(Role.Names.MISSION_OFFICER);
    }

    public boolean isAdministrator() {
        return security.isCallerInRole(Role.Names.REGISTRY_ADMIN);
    }

    public boolean isRegistrar() {
        return security.isCallerInRole(Role.Names.REGISTRAR);
    }
}
