/**
 * REST adapters of the consent context: consent records, receipt keys (JWKS) and the decision log.
 * They parse, call the consent application services and map; the decision itself is never made here.
 */
package org.returneeregistry.consent.rest;
