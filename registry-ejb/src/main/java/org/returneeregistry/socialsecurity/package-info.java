/**
 * Social security context: insurance periods (EESSI P5000 semantics, three sources kept apart), each
 * agreement's social security section (its totalisation rules as data), and the totalisation engine that
 * assesses periods under those rules with a full computation trace. Portability claims build on it.
 * It asks {@code AgreementRegistry} about agreements and never reaches another context's persistence.
 */
package org.returneeregistry.socialsecurity;
