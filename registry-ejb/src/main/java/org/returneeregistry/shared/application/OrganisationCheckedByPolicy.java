package org.returneeregistry.shared.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method whose access decision weighs the caller's organisation status itself, so
 * that a suspended organisation's attempt is decided — and logged — there, not refused earlier by
 * {@link ServiceCall}. The method must refuse a suspended organisation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OrganisationCheckedByPolicy {
}
