package org.returneeregistry.shared.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application service that anonymous callers use by design: it answers only what the registry
 * publishes (its public keys), never personal data, so it has no roles and writes no audit entry. Every
 * other service a protocol calls is wrapped by {@link ServiceCall} and checks roles on every method; the
 * web module calls nothing else (WebArchitectureTest).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Published {}
