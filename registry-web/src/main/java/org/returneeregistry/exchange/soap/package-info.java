/**
 * SOAP adapter of the partner exchange: the {@code PartnerExchangeService} port, published with the contract's own
 * WSDL. Reads the whole signed envelope once, maps its Body to the application's types, hands both to
 * {@code PartnerExchangeService} (which verifies the signature on that same tree) and builds the receipt answer
 * with the X-Road headers copied, which the service signs.
 */
package org.returneeregistry.exchange.soap;
