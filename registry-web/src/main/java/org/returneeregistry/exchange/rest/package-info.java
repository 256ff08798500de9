/**
 * REST adapters of the exchange context: delivery endpoints, the outbox messages and the
 * partner exchange's message log. Parse, call the
 * exchange application services, map.
 */
package org.returneeregistry.exchange.rest;
