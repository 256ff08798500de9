package org.returneeregistry.organisation.rest;

import java.util.List;

/** An organisation in a list. */
public record OrganisationSummary(
        String code, String name, String type, String country, List<String> roles, String status) {

    static OrganisationSummary from(org.returneeregistry.organisation.application.OrganisationSummary s) {
        return new OrganisationSummary(s.code(), s.name(), s.type(), s.country(), s.roles(), s.status());
    }
}
