package org.returneeregistry.shared.codelist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.util.List;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/** The published code lists, for any registry caller: reference data, no personal data. */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({
    Role.Names.REGISTRAR,
    Role.Names.MISSION_OFFICER,
    Role.Names.MINISTRY_SYSTEM,
    Role.Names.PARTNER_INSTITUTION,
    Role.Names.SOCIAL_SECURITY_OFFICER,
    Role.Names.AUDITOR,
    Role.Names.REGISTRY_ADMIN
})
public class CodeListService {

    @AuditOperation("CODE_LIST_LIST")
    public List<CodeList> all() {
        return List.copyOf(CodeLists.standard().all());
    }

    @AuditOperation("CODE_LIST_READ")
    public CodeList find(String name) {
        return CodeLists.standard()
                .find(name)
                .orElseThrow(() -> RegistryException.notFound("Code list '" + name + "'"));
    }
}
