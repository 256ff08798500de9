/** The console's pages of the notification context: a mission officer's notification form and list. */
package org.returneeregistry.notification.console;
