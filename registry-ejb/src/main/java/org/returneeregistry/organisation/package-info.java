/**
 * Organisation context: missions abroad, ministries, partner institutions and the registry's operator,
 * their roles and status, and the provisioning of each organisation's system client in Keycloak.
 * Others reach it only through {@code OrganisationService}; only {@code KeycloakClients} talks to Keycloak.
 */
package org.returneeregistry.organisation;
