package org.returneeregistry.node.officer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks an officer's name and password against the node's store; every officer has the one role. */
@ApplicationScoped
public class OfficerIdentityStore implements IdentityStore {

    public static final String ROLE = "officer";

    @Inject
    Officers officers;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        if (name != null && officers.verify(name, credential.getPassword().getValue())) {
            return new CredentialValidationResult(name, Set.of(ROLE));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
