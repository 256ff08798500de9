/**
 * REST adapters of the reintegration context: referrals and referral routes. Parse, call the reintegration
 * application services, map.
 */
package org.returneeregistry.reintegration.rest;
