package org.returneeregistry.shared.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the transactional unit of work whose return is its business call's success: the call's audit entry
 * is then written in that unit's transaction, one commit for both, instead of in a transaction of its own
 * after it (see {@link CallCompletion}). Only for a method the outermost call runs in a transaction of its own
 * and whose result the call answers as it is, with nothing after it that could still fail.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CompletesCall {}
