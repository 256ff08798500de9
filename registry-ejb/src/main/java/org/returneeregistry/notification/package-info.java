/**
 * Notification context: return notifications from missions abroad — intake, idempotency on the
 * mission's notification id, hand-over to the returnee context, and acknowledgements.
 * It never touches returnee or referral entities: it asks {@code ReturneeRecords} to record the return
 * and announces urgent needs as an event ({@code UrgentNeedsReported}); {@code MissionReports} answers
 * other contexts what missions reported, and implements the returnee context's {@code ReportedCircumstances}.
 */
package org.returneeregistry.notification;
