/** The console's pages of the exchange context: the auditor's cross-border message log (search, detail). */
package org.returneeregistry.exchange.console;
