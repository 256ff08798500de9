/**
 * Shared kernel: error codes and the one business exception, violations, code lists, clock and caller.
 * Owns nothing that belongs to a single context.
 * Must not depend on any bounded context.
 */
package org.returneeregistry.shared;
