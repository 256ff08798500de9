/**
 * Reintegration context: referrals of returnees to line ministries and service providers, the routing
 * of each service to its recipient, and the recipients' acceptance, decline and outcome reports.
 * It reaches returnees and organisations only through their internal APIs ({@code ReturneeRecords},
 * {@code OrganisationDirectory}) and learns of urgent needs by event.
 */
package org.returneeregistry.reintegration;
