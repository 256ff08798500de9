package org.returneeregistry.planted;

import jakarta.interceptor.Interceptors;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.ServiceCall;

/** A protocol-facing service that breaks every audit-code rule, for the rules' own tests. */
@Interceptors(ServiceCall.class)
public class PlantedUncodedService {

    public void approve() {
        // no code
    }

    @AuditOperation("PLANTED_READ")
    public String read() {
        return "";
    }

    @AuditOperation("PLANTED_READ")
    public String readAgain() {
        return "";
    }

    @AuditOperation("planted_Write")
    public void write() {
        // not the house form
    }
}
