package org.returneeregistry.shared.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method a caller may reach without a bearer token because the message it takes is authenticated by
 * its own signature (another registry's WS-Security signature, by a certificate registered under an agreement in
 * force). {@link ServiceCall} then starts the call without an actor; the method verifies the signature before it
 * uses anything the message claims, names the verified sender as the call's actor ({@link CallScope#actor(
 * org.returneeregistry.shared.domain.Actor)}) and has the sender's organisation checked ({@link CallerIdentified}).
 * A caller that does hold a token is identified from it as always.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuthenticatedBySignature {}
