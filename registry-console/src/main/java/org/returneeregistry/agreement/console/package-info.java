/** The console's pages of the agreement context: the administrator's agreements, their versions and status changes. */
package org.returneeregistry.agreement.console;
