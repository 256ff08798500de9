/**
 * REST adapters of the notification context: return notifications and identity reviews. Parse, call the
 * notification application services, map.
 */
package org.returneeregistry.notification.rest;
