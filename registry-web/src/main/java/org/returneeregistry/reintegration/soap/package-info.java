/**
 * SOAP endpoint of the reintegration context ({@code ReferralService.wsdl}): generated types in, one
 * application service call, generated types out.
 */
package org.returneeregistry.reintegration.soap;
