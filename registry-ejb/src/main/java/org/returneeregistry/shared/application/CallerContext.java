package org.returneeregistry.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * The caller of the current business method, as MicroProfile JWT authenticated it: subject, user
 * name, organisation and client come from the verified token, never from a payload. A caller
 * without a token, or whose token names no organisation, is not a registry caller.
 */
@Stateless
@DeclareRoles({
    Role.Names.REGISTRAR,
    Role.Names.MISSION_OFFICER,
    Role.Names.MINISTRY_SYSTEM,
    Role.Names.PARTNER_INSTITUTION,
    Role.Names.SOCIAL_SECURITY_OFFICER,
    Role.Names.AUDITOR,
    Role.Names.REGISTRY_ADMIN
})
public class CallerContext {

    /** The token claim naming the caller's registry organisation. */
    public static final String ORGANISATION_CLAIM = "organisation";

    @Resource
    private SessionContext session;

    @Inject
    private ActingFor actingFor;

    /**
     * The authenticated caller, refused with NotAuthenticated when there is none. Background work carrying
     * on an authenticated caller's request ({@link ActingFor}) is answered that caller, with no role.
     */
    public Actor actor() {
        Principal principal = session.getCallerPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            Optional<Actor> delegated = delegated();
            if (delegated.isPresent()) {
                return delegated.get();
            }
            throw new RegistryException(
                    ErrorCode.NOT_AUTHENTICATED,
                    "The call carries no valid bearer token; obtain one from the registry's identity provider.");
        }
        String organisation = claim(token, ORGANISATION_CLAIM);
        if (organisation == null || organisation.isBlank()) {
            throw new RegistryException(
                    ErrorCode.UNKNOWN_ORGANISATION,
                    "The token names no organisation (claim '" + ORGANISATION_CLAIM + "'); its client or account is not"
                            + " provisioned for the registry.");
        }
        String subject = token.getSubject() == null ? token.getName() : token.getSubject();
        return new Actor(subject, token.getName(), organisation, claim(token, "azp"));
    }

    /** Whether the call carries a bearer token MicroProfile JWT verified. */
    public boolean holdsToken() {
        return session.getCallerPrincipal() instanceof JsonWebToken;
    }

    /** The actor background work carries on for, if any; none on a thread without a request context. */
    private Optional<Actor> delegated() {
        try {
            return actingFor.actor();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    public boolean hasRole(Role role) {
        return session.isCallerInRole(role.roleName());
    }

    /** Which of these roles the caller holds: one call where asking role by role would be one call each. */
    public Set<Role> roles(Set<Role> asked) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (Role role : asked) {
            if (session.isCallerInRole(role.roleName())) {
                held.add(role);
            }
        }
        return held;
    }

    /** A string claim of a verified token, whichever JSON form the token implementation hands out. */
    public static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }
}
