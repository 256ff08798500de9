/**
 * Agreement context: the bilateral agreements under which data crosses a border — their parties (countries
 * and their institutions, by registry organisation code), versions of terms and scope, lifecycle (draft, in
 * force, suspended, terminated), and each partner institution's endpoints and signing certificates.
 * Protocols reach it through {@code AgreementService}; other contexts ask {@code AgreementRegistry} whether a
 * message is in scope under an agreement in force now, and which certificates are valid now.
 */
package org.returneeregistry.agreement;
