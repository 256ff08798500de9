/**
 * REST adapter of the agreement context: registration, amendment and lifecycle of bilateral agreements, their
 * partner institutions' endpoints and signing certificates. Parses the transfer types of this package, calls
 * {@code AgreementService}, maps its answers back to transfer types.
 */
package org.returneeregistry.agreement.rest;
