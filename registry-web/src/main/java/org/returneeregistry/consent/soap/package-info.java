/**
 * SOAP endpoint of the consent context ({@code ConsentService.wsdl}): generated types in, one application
 * service call, generated types out.
 */
package org.returneeregistry.consent.soap;
