/**
 * Notification context: return notifications from missions abroad — intake, idempotency on the
 * mission's notification id, hand-over to the returnee context, and acknowledgements.
 * It never touches returnee entities; it asks {@code ReturneeService} to record the return.
 */
package org.returneeregistry.notification;
