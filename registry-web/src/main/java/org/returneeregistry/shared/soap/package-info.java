/**
 * What every SOAP endpoint shares: the mapping of business exceptions to faults with a code, and schema
 * validation errors collected into one {@code Client} fault.
 */
package org.returneeregistry.shared.soap;
