package org.returneeregistry.socialsecurity.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.socialsecurity.application.AssessPeriods;
import org.returneeregistry.socialsecurity.application.AssessmentView;
import org.returneeregistry.socialsecurity.application.PeriodInput;
import org.returneeregistry.socialsecurity.application.PeriodTotalInput;
import org.returneeregistry.socialsecurity.application.SectionView;
import org.returneeregistry.socialsecurity.application.SetSection;
import org.returneeregistry.socialsecurity.domain.Assessment;

/**
 * The social security API's JSON, as records of its own (ADR 0011). A rule set travels as the JSON document
 * docs/social-security.md describes, read and checked by the application.
 */
final class SocialSecurityTransfer {

    private SocialSecurityTransfer() {}

    /** A period's stated total. */
    public record PeriodTotalJson(BigDecimal amount, String unit) {}

    /** An insurance period (EESSI P5000 semantics). */
    public record PeriodJson(
            String reference,
            String country,
            String institution,
            LocalDate from,
            LocalDate to,
            String type,
            String scheme,
            List<String> relevance,
            PeriodTotalJson total,
            String occupation,
            BigDecimal earnings,
            BigDecimal contributions,
            String source) {}

    /** The body of an assessment (schema {@code AssessmentRequest}). */
    public record AssessmentRequest(
            String agreementId, JsonObject ruleSet, String benefit, LocalDate asOf, List<PeriodJson> periods) {}

    /** A calendar year's credit. */
    public record YearCreditJson(int year, BigDecimal own, BigDecimal foreign) {}

    /** A line of the computation trace. */
    public record TraceJson(String step, String text) {}

    /** An assessment's answer (schema {@code AssessmentResult}). */
    public record AssessmentResult(
            String agreementId,
            Integer sectionVersion,
            String ruleSet,
            String country,
            String benefit,
            String unit,
            String outcome,
            BigDecimal ownPeriods,
            BigDecimal foreignPeriods,
            BigDecimal totalisedPeriods,
            boolean foreignAdded,
            List<YearCreditJson> years,
            BigDecimal independentAmount,
            BigDecimal theoreticalAmount,
            BigDecimal proRataAmount,
            BigDecimal payableAmount,
            String payableBasis,
            List<TraceJson> trace) {}

    /** The body that sets a section (schema {@code SocialSecuritySectionSetting}). */
    public record SectionSetting(JsonObject document, String reason) {}

    /** A section version (schema {@code SocialSecuritySection}). */
    public record Section(
            String agreementId,
            int sectionVersion,
            int agreementVersion,
            JsonObject document,
            Instant setAt,
            String setBy,
            String reason) {}

    static AssessPeriods command(AssessmentRequest body) {
        return new AssessPeriods(
                body.agreementId(),
                body.ruleSet(),
                body.benefit(),
                body.asOf(),
                body.periods() == null
                        ? null
                        : body.periods().stream()
                                .map(SocialSecurityTransfer::period)
                                .toList());
    }

    static PeriodInput period(PeriodJson p) {
        if (p == null) {
            return null;
        }
        return new PeriodInput(
                p.reference(),
                p.country(),
                p.institution(),
                p.from(),
                p.to(),
                p.type(),
                p.scheme(),
                p.relevance(),
                p.total() == null
                        ? null
                        : new PeriodTotalInput(p.total().amount(), p.total().unit()),
                p.occupation(),
                p.earnings(),
                p.contributions(),
                p.source());
    }

    static SetSection command(SectionSetting body) {
        return new SetSection(body.document(), body.reason());
    }

    static AssessmentResult json(AssessmentView view) {
        Assessment a = view.assessment();
        return new AssessmentResult(
                view.agreementId(),
                view.sectionVersion(),
                a.ruleSet(),
                a.country(),
                a.benefit().name(),
                a.unit().name(),
                a.outcome().name(),
                a.ownPeriods(),
                a.foreignPeriods(),
                a.totalisedPeriods(),
                a.foreignAdded(),
                a.years().stream()
                        .map(y -> new YearCreditJson(y.year(), y.own(), y.foreign()))
                        .toList(),
                a.independentAmount(),
                a.theoreticalAmount(),
                a.proRataAmount(),
                a.payableAmount(),
                a.payableBasis(),
                a.trace().stream().map(t -> new TraceJson(t.step(), t.text())).toList());
    }

    static Section json(SectionView view) {
        try (JsonReader reader = Json.createReader(new StringReader(view.document()))) {
            return new Section(
                    view.agreementId(),
                    view.sectionVersion(),
                    view.agreementVersion(),
                    reader.readObject(),
                    view.setAt(),
                    view.setBy(),
                    view.reason());
        }
    }
}
