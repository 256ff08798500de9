/**
 * REST adapters of the exchange context: delivery endpoints and the outbox messages. Parse, call the
 * exchange application services, map.
 */
package org.returneeregistry.exchange.rest;
