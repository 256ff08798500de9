/**
 * REST adapters of the reintegration context: referrals, referral routes, cases (assessments, plans,
 * follow-ups) and the questionnaires. Parse, call the reintegration
 * application services, map.
 */
package org.returneeregistry.reintegration.rest;
