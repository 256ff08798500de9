package org.returneeregistry.node.officer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks an officer's name and password against the node's store; every officer has the one role. A name or
 * address that failed too often is refused for a while without its password being checked ({@link LoginThrottle}).
 */
@ApplicationScoped
public class OfficerIdentityStore implements IdentityStore {

    public static final String ROLE = "officer";

    @Inject
    Officers officers;

    @Inject
    LoginThrottle throttle;

    @Inject
    Instance<HttpServletRequest> request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        String address = address();
        if (throttle.locked(name, address)) {
            throttle.failed(name, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (name != null && officers.verify(name, credential.getPassword().getValue())) {
            throttle.succeeded(name);
            return new CredentialValidationResult(name, Set.of(ROLE));
        }
        throttle.failed(name, address);
        return CredentialValidationResult.INVALID_RESULT;
    }

    /** The address the login came from, as the server saw it (a proxy in front of the node is that proxy). */
    private String address() {
        try {
            return request.get().getRemoteAddr();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
