/**
 * SOAP endpoint of the returnee context ({@code ReturneeRegistryService.wsdl}): generated types in, one
 * application service call, generated types out.
 */
package org.returneeregistry.returnee.soap;
