package org.returneeregistry.organisation.application;

import java.util.List;

/** One organisation in a list. */
public record OrganisationSummary(String code, String name, String type, String country, List<String> roles,
                                  String status) {
}
