package org.returneeregistry.organisation.rest;

import java.util.List;

/** The body of an organisation's registration; a migrant resource centre names the {@code district} it serves. */
public record RegisterOrganisation(
        String code, String name, String type, String country, List<String> roles, String district) {

    org.returneeregistry.organisation.application.RegisterOrganisation toCommand() {
        return new org.returneeregistry.organisation.application.RegisterOrganisation(
                code, name, type, country, roles, district);
    }
}
