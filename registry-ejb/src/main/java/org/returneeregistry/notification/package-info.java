/**
 * Notification context: return notifications from missions abroad — intake, idempotency on the
 * mission's notification id, hand-over to the returnee context, and acknowledgements.
 * It never touches returnee or referral entities: it asks {@code ReturneeService} to record the return
 * and announces urgent needs as an event ({@code UrgentNeedsReported}).
 */
package org.returneeregistry.notification;
