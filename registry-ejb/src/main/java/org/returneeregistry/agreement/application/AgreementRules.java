package org.returneeregistry.agreement.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.returneeregistry.agreement.domain.AgreementTerms;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.agreement.domain.Party;
import org.returneeregistry.agreement.domain.ScopeLegalBasis;
import org.returneeregistry.agreement.domain.ScopeRow;
import org.returneeregistry.organisation.application.OrganisationSummary;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * The rules of agreement input that Bean Validation cannot express: parties of at least two countries, each
 * institution registered in the organisation context and belonging to its party's country, no institution
 * or scope row twice, dates in order, endpoints as absolute http(s) URLs.
 */
final class AgreementRules {

    static final int MAX_PARTIES = 20;
    static final int MAX_SCOPE_ROWS = 200;
    /** A century: long enough for any agreement, short enough to be a number of days. */
    static final int MAX_RETENTION_DAYS = 36_500;

    private static final Pattern AGREEMENT_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Looks an institution up in the organisation context. */
    interface Institutions {
        Optional<OrganisationSummary> registered(String code);
    }

    private AgreementRules() {}

    static boolean isAgreementId(String text) {
        return text != null && AGREEMENT_ID.matcher(text).matches();
    }

    static boolean isCertificateId(String text) {
        return isAgreementId(text);
    }

    /** Adds the violations of a registration's or amendment's terms beyond Bean Validation. */
    static void check(InputValidation validation, TermsInput terms, Institutions institutions) {
        if (terms.validFrom() != null && terms.validUntil() != null) {
            validation.check(
                    terms.validUntil().isBefore(terms.validFrom()),
                    "validUntil",
                    "ValidityOrder",
                    "must not be before validFrom");
        }
        if (terms.signatureDate() != null && terms.entryIntoForceDate() != null) {
            validation.check(
                    terms.entryIntoForceDate().isBefore(terms.signatureDate()),
                    "entryIntoForceDate",
                    "DateOrder",
                    "must not be before signatureDate");
        }
        List<AgreementParty> parties = terms.parties();
        if (parties != null) {
            Set<String> seen = new HashSet<>();
            Set<String> countries = new HashSet<>();
            for (int i = 0; i < parties.size(); i++) {
                AgreementParty party = parties.get(i);
                if (party == null || party.institution() == null || party.country() == null) {
                    continue;
                }
                String field = "parties[" + i + "].institution";
                countries.add(party.country());
                validation.check(
                        !seen.add(party.institution()),
                        field,
                        "UniqueParty",
                        "names an institution already named as a party");
                Optional<OrganisationSummary> registered = institutions.registered(party.institution());
                validation.check(
                        registered.isEmpty(),
                        field,
                        "RegisteredInstitution",
                        "must be an organisation registered in the registry");
                registered.ifPresent(o -> validation.check(
                        !o.country().equals(party.country()),
                        field,
                        "InstitutionCountry",
                        "belongs to " + o.country() + ", not to the party's country " + party.country()));
            }
            validation.check(
                    parties.size() >= 2 && countries.size() < 2,
                    "parties",
                    "Bilateral",
                    "must name institutions of at least two countries");
        }
        List<AgreementScope> scope = terms.scope();
        if (scope != null) {
            Set<List<String>> rows = new HashSet<>();
            for (int i = 0; i < scope.size(); i++) {
                AgreementScope row = scope.get(i);
                if (row == null) {
                    continue;
                }
                validation.check(
                        !rows.add(List.of(
                                String.valueOf(row.direction()),
                                String.valueOf(row.messageType()),
                                String.valueOf(row.category()),
                                String.valueOf(row.purpose()))),
                        "scope[" + i + "]",
                        "UniqueScope",
                        "covers a direction, message type, data category and purpose another row already covers");
            }
        }
    }

    /**
     * Adds a violation when an endpoint's address is not an absolute http(s) URL with a host, or when the
     * registry's outbound-address policy refuses its host.
     */
    static void checkUrl(InputValidation validation, String url, EndpointAddresses addresses) {
        if (url == null) {
            return;
        }
        boolean valid;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            valid = (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            valid = false;
        }
        validation.check(
                !valid,
                "url",
                "EndpointUrl",
                "must be an absolute http or https URL with a host, no user information and no fragment");
        if (valid) {
            addresses.check(validation, "url", URI.create(url));
        }
    }

    /** The terms as the domain takes them; the caller has checked them. */
    static AgreementTerms terms(TermsInput input) {
        return new AgreementTerms(
                input.title(),
                input.legalReference(),
                input.signatureDate(),
                input.entryIntoForceDate(),
                input.validFrom(),
                input.validUntil(),
                input.retentionDays(),
                input.parties().stream()
                        .map(p -> new Party(p.country(), p.institution()))
                        .toList(),
                input.scope().stream()
                        .map(s -> new ScopeRow(
                                Direction.valueOf(s.direction()),
                                s.messageType(),
                                DataCategory.valueOf(s.category()),
                                Purpose.valueOf(s.purpose()),
                                ScopeLegalBasis.valueOf(s.legalBasis())))
                        .toList());
    }
}
