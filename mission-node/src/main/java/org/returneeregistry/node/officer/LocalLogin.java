package org.returneeregistry.node.officer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Officers log in with a form against the node's own accounts (no link to the registry needed). */
@ApplicationScoped
@DeclareRoles(OfficerIdentityStore.ROLE)
@FormAuthenticationMechanismDefinition(
        loginToContinue =
                @LoginToContinue(loginPage = "/login", errorPage = "/login?failed", useForwardToLogin = false))
public class LocalLogin {}
