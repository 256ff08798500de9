/** The console's pages of the consent context: the auditor's decision log (search, detail, chain, exports). */
package org.returneeregistry.consent.console;
