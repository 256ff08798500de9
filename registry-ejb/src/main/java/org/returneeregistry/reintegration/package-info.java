/**
 * Reintegration context: referrals of returnees to line ministries and service providers, the routing
 * of each service to its recipient, and the recipients' acceptance, decline and outcome reports; and
 * the reintegration case — assessments against the questionnaires, plan, follow-ups, closure.
 * It reaches returnees and organisations only through their internal APIs ({@code ReturneeRecords},
 * {@code OrganisationDirectory}), learns of urgent needs and returns by event, and answers the consent
 * decision point who a returnee's case worker is through consent's port ({@code CaseWorkers}).
 */
package org.returneeregistry.reintegration;
