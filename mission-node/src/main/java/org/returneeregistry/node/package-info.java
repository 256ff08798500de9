/**
 * The mission node: a mission's own small application on Payara Micro. It keeps the mission's officers and
 * what they capture in an encrypted store, works without a link, and sends what waits to the registry over
 * the registry's public REST API as the mission's system. It never uses the registry's code, only its contract.
 */
package org.returneeregistry.node;
