/**
 * Servlet-level guards in front of both protocols: authentication refusals, call channel, content type,
 * request size, XML prolog (no DTD), readiness. No business rules: they refuse before a service is called.
 */
package org.returneeregistry.shared.web;
