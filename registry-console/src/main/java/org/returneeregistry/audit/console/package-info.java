/** The console's pages of the audit context: the auditor's audit trail of business calls (search, detail). */
package org.returneeregistry.audit.console;
