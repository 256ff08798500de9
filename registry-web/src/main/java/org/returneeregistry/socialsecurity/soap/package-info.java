/**
 * SOAP adapter of the social security context: the {@code SocialSecurityService} WSDL's port. Maps the
 * contract's JAXB types to the application's commands and its answers back; refusals become faults with their
 * {@code registryFault} code.
 */
package org.returneeregistry.socialsecurity.soap;
