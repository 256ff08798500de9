package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.application.AgreementStanding;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.Assessment;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.PeriodTotal;
import org.returneeregistry.socialsecurity.domain.PeriodType;
import org.returneeregistry.socialsecurity.domain.PeriodUnit;
import org.returneeregistry.socialsecurity.domain.RuleSet;
import org.returneeregistry.socialsecurity.domain.SocialSecuritySection;
import org.returneeregistry.socialsecurity.domain.TotalisationEngine;
import org.returneeregistry.socialsecurity.persistence.SocialSecuritySectionRepository;

/**
 * Agreements' social security sections (their totalisation rules as data) and what-if assessments under
 * them.
 *
 * <p>Registry administrators set a section; social security officers assess periods — under an agreement's
 * section or a rule set of their own — and read sections; auditors read sections. An assessment stores
 * nothing: the periods and the answer pass through, and the audit trail records the call alone.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.SOCIAL_SECURITY_OFFICER)
public class SocialSecurityService {

    private static final String AGREEMENT_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    private SocialSecuritySectionRepository sections;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementRegistry agreements;

    /**
     * Assesses the periods for the benefit. Every input is checked before anything runs: dates in order, codes
     * of their lists, at most {@value AssessPeriods#MAX_PERIODS} periods, an agreement with a section or a valid
     * inline rule set.
     */
    @AuditOperation("SOCIAL_SECURITY_ASSESS")
    public AssessmentView assess(AssessPeriods command) {
        InputValidation validation = InputValidation.of(validator, command);
        boolean byAgreement = command.agreementId() != null;
        validation.check(
                byAgreement == (command.ruleSet() != null),
                "agreementId",
                "OneOf",
                "name an agreement or give a rule set, not both and not neither");
        validation.check(
                byAgreement && !command.agreementId().matches(AGREEMENT_ID),
                "agreementId",
                "Pattern",
                "must be an agreement id (a UUID in lower case)");
        Benefit benefit = code(validation, "benefit", command.benefit(), Benefit.class);
        List<InsurancePeriod> periods = periods(validation, command.periods());
        RuleSet inline = null;
        if (command.ruleSet() != null && !byAgreement) {
            List<Violation> found = new ArrayList<>();
            inline = RuleSetDocument.read(command.ruleSet(), "ruleSet", found);
            found.forEach(v -> validation.check(true, v.field(), v.rule(), v.message()));
        }
        validation.throwIfInvalid();
        LocalDate asOf = command.asOf() != null ? command.asOf() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!byAgreement) {
            return new AssessmentView(null, null, TotalisationEngine.assess(inline, benefit, periods, asOf));
        }
        SocialSecuritySection section = applicableSection(command.agreementId());
        RuleSet rules = stored(section);
        Assessment assessment = TotalisationEngine.assess(rules, benefit, periods, asOf);
        return new AssessmentView(section.agreementId(), section.sectionVersion(), assessment);
    }

    /** Sets the next version of an agreement's social security section, checked completely first. */
    @RolesAllowed(Role.Names.REGISTRY_ADMIN)
    @AuditOperation("SOCIAL_SECURITY_SECTION_SET")
    public SectionView setSection(String agreementId, SetSection command) {
        InputValidation validation = InputValidation.of(validator, command);
        validation.check(
                agreementId == null || !agreementId.matches(AGREEMENT_ID),
                "agreementId",
                "Pattern",
                "must be an agreement id (a UUID in lower case)");
        String text = command.document() == null ? null : command.document().toString();
        if (text != null) {
            validation.check(
                    text.length() > RuleSetDocument.MAX_LENGTH,
                    "document",
                    "Size",
                    "must be at most " + RuleSetDocument.MAX_LENGTH + " characters of JSON");
            List<Violation> found = new ArrayList<>();
            RuleSetDocument.read(command.document(), "document", found);
            found.forEach(v -> validation.check(true, v.field(), v.rule(), v.message()));
        }
        validation.throwIfInvalid();
        AgreementStanding agreement = agreements
                .standing(agreementId)
                .orElseThrow(() -> RegistryException.notFound("agreement " + agreementId));
        int next = sections.latest(agreementId)
                        .map(SocialSecuritySection::sectionVersion)
                        .orElse(0)
                + 1;
        SocialSecuritySection section = sections.add(new SocialSecuritySection(
                agreementId,
                next,
                agreement.currentVersion(),
                text,
                caller.actor(),
                clock.instant(),
                command.reason()));
        return view(section);
    }

    /** The section that applies to the agreement now (its latest version). */
    @RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.SOCIAL_SECURITY_OFFICER, Role.Names.AUDITOR})
    @AuditOperation("SOCIAL_SECURITY_SECTION_READ")
    public SectionView section(String agreementId) {
        InputValidation.of(validator, new Object())
                .check(
                        agreementId == null || !agreementId.matches(AGREEMENT_ID),
                        "agreementId",
                        "Pattern",
                        "must be an agreement id (a UUID in lower case)")
                .throwIfInvalid();
        return view(applicableSection(agreementId));
    }

    private SocialSecuritySection applicableSection(String agreementId) {
        agreements.standing(agreementId).orElseThrow(() -> RegistryException.notFound("agreement " + agreementId));
        return sections.latest(agreementId)
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.NO_SOCIAL_SECURITY_SECTION,
                        "agreement " + agreementId + " has no social security section"));
    }

    static RuleSet stored(SocialSecuritySection section) {
        try (JsonReader reader = Json.createReader(new StringReader(section.document()))) {
            List<Violation> found = new ArrayList<>();
            RuleSet rules = RuleSetDocument.read(reader.readObject(), "document", found);
            if (rules == null) {
                throw new IllegalStateException(
                        "stored section of " + section.agreementId() + " no longer reads: " + found);
            }
            return rules;
        }
    }

    private static SectionView view(SocialSecuritySection s) {
        return new SectionView(
                s.agreementId(),
                s.sectionVersion(),
                s.agreementVersion(),
                s.document(),
                s.setAt(),
                s.setBy(),
                s.reason());
    }

    static List<InsurancePeriod> periods(InputValidation validation, List<PeriodInput> inputs) {
        List<InsurancePeriod> periods = new ArrayList<>();
        if (inputs == null || inputs.size() > AssessPeriods.MAX_PERIODS) {
            return periods;
        }
        for (int i = 0; i < inputs.size(); i++) {
            PeriodInput p = inputs.get(i);
            if (p == null) {
                continue;
            }
            String at = "periods[" + i + "]";
            PeriodType type = code(validation, at + ".type", p.type(), PeriodType.class);
            PeriodSource source = code(validation, at + ".source", p.source(), PeriodSource.class);
            Set<Benefit> relevance = EnumSet.noneOf(Benefit.class);
            if (p.relevance() != null) {
                for (int j = 0; j < p.relevance().size(); j++) {
                    Benefit b = code(
                            validation,
                            at + ".relevance[" + j + "]",
                            p.relevance().get(j),
                            Benefit.class);
                    if (b != null) {
                        relevance.add(b);
                    }
                }
            }
            PeriodTotal total = null;
            if (p.total() != null) {
                PeriodUnit unit = code(validation, at + ".total.unit", p.total().unit(), PeriodUnit.class);
                if (unit != null
                        && p.total().amount() != null
                        && p.total().amount().signum() >= 0) {
                    total = new PeriodTotal(p.total().amount(), unit);
                }
            }
            boolean ordered = p.from() == null || p.to() == null || !p.to().isBefore(p.from());
            validation.check(!ordered, at + ".to", "DateOrder", "must not be before from");
            if (type != null && source != null && ordered && p.from() != null && p.country() != null) {
                periods.add(new InsurancePeriod(
                        p.reference(),
                        p.country(),
                        p.institution(),
                        p.from(),
                        p.to(),
                        type,
                        p.scheme(),
                        relevance,
                        total,
                        p.occupation(),
                        p.earnings(),
                        p.contributions(),
                        source));
            }
        }
        return periods;
    }

    static <E extends Enum<E>> E code(InputValidation validation, String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        validation.check(true, field, "OneOf", "must be one of " + String.join(", ", names));
        return null;
    }
}
