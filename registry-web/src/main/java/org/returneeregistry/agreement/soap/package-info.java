/**
 * SOAP adapter of the agreement context: the {@code AgreementService} port, published with the contract's own
 * WSDL. Parses the contract's types, calls {@code AgreementService}, maps its answers back.
 */
package org.returneeregistry.agreement.soap;
