/**
 * The console's pages of the returnee context: the registrar finds a returnee (a declared purpose, decided and
 * logged), reads the record and its history, corrects it with a reason and refers the returnee to a service.
 */
package org.returneeregistry.returnee.console;
