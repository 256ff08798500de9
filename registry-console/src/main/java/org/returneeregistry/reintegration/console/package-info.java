/** The console's pages of the reintegration context: the administrator's referral routes. */
package org.returneeregistry.reintegration.console;
