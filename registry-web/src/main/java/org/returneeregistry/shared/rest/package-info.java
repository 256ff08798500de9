/**
 * What every REST resource shares: the JAX-RS application, problem+json, paging links, query parameters,
 * the code-list resource and the XML provider that refuses DTDs.
 */
package org.returneeregistry.shared.rest;
