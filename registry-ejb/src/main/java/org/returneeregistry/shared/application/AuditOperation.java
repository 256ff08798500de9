package org.returneeregistry.shared.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable code under which the audit trail records a business call, such as
 * {@code RETURNEE_READ}. Auditors filter on it and the docs publish it, so it does not change when the
 * method or its class is renamed. Upper-case words joined by underscores, the context's noun first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditOperation {

    String value();
}
