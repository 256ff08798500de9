/** The console's pages of the organisation context: the administrator's list, suspension and reinstatement. */
package org.returneeregistry.organisation.console;
