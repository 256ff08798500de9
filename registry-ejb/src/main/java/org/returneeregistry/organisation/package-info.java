/**
 * Organisation context: missions abroad, ministries, partner institutions and the registry's operator,
 * their roles and status, and the provisioning of each organisation's system client in Keycloak.
 * Protocols reach it through {@code OrganisationService}, other contexts through {@code OrganisationDirectory};
 * only {@code KeycloakClients} talks to Keycloak.
 */
package org.returneeregistry.organisation;
