package org.returneeregistry.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.domain.LegalBasis;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * Disclosures the law allows without the returnee's consent, as the operator configures them:
 * {@code registry.consent.legal-bases} holds rules separated by {@code ;}, each
 * {@code ORGANISATION|PURPOSE|CATEGORY,CATEGORY|BASIS|reference}, for example
 * {@code NPL-SSF|SOCIAL_SECURITY_CLAIM|IDENTITY,SOCIAL_SECURITY|LEGAL_OBLIGATION|Social Security Act 2017 s.12}.
 * A malformed rule stops the application from starting, rather than silently granting or denying.
 */
@ApplicationScoped
public class LegalBases {

    /** One configured rule. */
    public record Rule(
            String organisation, Purpose purpose, Set<DataCategory> categories, LegalBasis basis, String reference) {}

    @Inject
    @ConfigProperty(name = "registry.consent.legal-bases")
    private Optional<String> configured;

    private List<Rule> rules;

    @jakarta.annotation.PostConstruct
    void load() {
        rules = parse(configured.orElse(""));
    }

    /** Reads the rules when the application starts, so a malformed one fails the deployment. */
    void startUp(
            @jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                    Object application) {
        rules();
    }

    List<Rule> rules() {
        return rules;
    }

    /** The categories a configured legal basis lets {@code organisation} read for {@code purpose}, with the rule. */
    public Optional<Rule> covering(String organisation, Purpose purpose) {
        return rules().stream()
                .filter(r -> r.organisation().equals(organisation) && r.purpose() == purpose)
                .findFirst();
    }

    static List<Rule> parse(String text) {
        List<Rule> parsed = new ArrayList<>();
        for (String raw : text.split(";")) {
            String rule = raw.strip();
            if (rule.isEmpty()) {
                continue;
            }
            String[] parts = rule.split("\\|", -1);
            if (parts.length != 5) {
                throw new IllegalArgumentException("registry.consent.legal-bases: '" + rule
                        + "' must be ORGANISATION|PURPOSE|CATEGORIES|BASIS|reference");
            }
            Purpose purpose = Purpose.of(parts[1].strip())
                    .orElseThrow(() ->
                            new IllegalArgumentException("registry.consent.legal-bases: unknown purpose " + parts[1]));
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            for (String c : parts[2].split(",")) {
                categories.add(DataCategory.of(c.strip())
                        .orElseThrow(() ->
                                new IllegalArgumentException("registry.consent.legal-bases: unknown category " + c)));
            }
            LegalBasis basis = LegalBasis.valueOf(parts[3].strip());
            if (basis == LegalBasis.CONSENT) {
                throw new IllegalArgumentException(
                        "registry.consent.legal-bases: CONSENT is given by returnees, not configured");
            }
            parsed.add(new Rule(parts[0].strip(), purpose, Set.copyOf(categories), basis, parts[4].strip()));
        }
        return List.copyOf(parsed);
    }
}
