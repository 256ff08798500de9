package org.returneeregistry.socialsecurity.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.returneeregistry.exchange.application.InsurancePeriodAnswers;
import org.returneeregistry.exchange.application.PartnerPeriodAnswer;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimPartner;
import org.returneeregistry.socialsecurity.domain.ClaimStatus;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodRefusal;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.domain.PeriodTotal;
import org.returneeregistry.socialsecurity.domain.PeriodType;
import org.returneeregistry.socialsecurity.domain.PeriodUnit;
import org.returneeregistry.socialsecurity.persistence.ClaimRepository;

/**
 * Takes partner institutions' certified insurance periods in on the claims that await them (the exchange's
 * {@link InsurancePeriodAnswers} port). An answer is taken only from the institution the claim is addressed to,
 * only while the claim awaits that institution's periods (or the institution timed out: a late answer is still
 * welcome), and only with every period valid; otherwise it is refused before anything is written. Taken in, its
 * periods are stored as PARTNER_CERTIFIED with the answer's message id, the institution's request is closed, and
 * the claim moves to PERIODS_RECEIVED, recorded as the partner's move, once no other institution asked is silent.
 */
@ApplicationScoped
public class ClaimPeriodAnswers implements InsurancePeriodAnswers {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    @Inject
    private ClaimRepository claims;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @Override
    public void check(String sender, String correlationId, PartnerPeriodAnswer answer) {
        awaiting(sender, correlationId, answer);
        periods(answer);
    }

    @Override
    public void receive(String sender, String correlationId, String messageId, PartnerPeriodAnswer answer) {
        Claim claim = awaiting(sender, correlationId, answer);
        ClaimPartner partner = claim.partner(sender).orElseThrow();
        List<InsurancePeriod> periods = periods(answer);
        Actor actor = caller.actor();
        Instant now = clock.instant();
        claim.answered(
                partner,
                messageId,
                answer.refused(),
                periods,
                answer.refused()
                        ? "Refused by " + sender + " in answer " + messageId + ": " + answer.refusalCode()
                                + (answer.refusalReason() == null ? "" : " — " + answer.refusalReason())
                        : "Certified answer " + messageId + " of " + sender + " (" + periods.size() + " periods)",
                actor,
                now);
        if (claim.status() == ClaimStatus.PERIODS_RECEIVED && !periods.isEmpty() && anyCertified(claim)) {
            // the certified periods are complete: the registry issues the returnee's statement in its own time
            claim.statementDue(now);
        }
        claims.flush();
    }

    /** True when a partner certified at least one period on the claim. */
    static boolean anyCertified(Claim claim) {
        return claim.periods().stream().anyMatch(p -> p.period().source() == PeriodSource.PARTNER_CERTIFIED);
    }

    private Claim awaiting(String sender, String correlationId, PartnerPeriodAnswer answer) {
        if (answer == null || answer.claimId() == null) {
            throw new IllegalArgumentException("an insurance period answer without its content");
        }
        Claim claim = claims.find(answer.claimId())
                .filter(c -> c.partner(sender).isPresent())
                .orElseThrow(() -> new RegistryException(
                        ErrorCode.CLAIM_NOT_AWAITING_ANSWER,
                        "No claim " + answer.claimId() + " asked " + sender + " for insurance periods."));
        boolean awaits = (claim.status() == ClaimStatus.PERIODS_REQUESTED
                        || claim.status() == ClaimStatus.PERIODS_TIMED_OUT
                        || claim.status() == ClaimStatus.PERIODS_RECEIVED)
                && claim.partner(sender).orElseThrow().awaitsAnswer();
        if (!awaits || correlationId == null) {
            throw new RegistryException(
                    ErrorCode.CLAIM_NOT_AWAITING_ANSWER,
                    "Claim " + answer.claimId() + " does not await insurance periods"
                            + (correlationId == null
                                    ? " without a correlationId naming the request."
                                    : " from " + sender + "; it is " + claim.status() + "."));
        }
        return claim;
    }

    /** The certified periods, every violation named; refused as a whole when any is invalid. */
    static List<InsurancePeriod> periods(PartnerPeriodAnswer answer) {
        List<Violation> violations = new ArrayList<>();
        if (answer.country() == null || !COUNTRY.matcher(answer.country()).matches()) {
            violations.add(new Violation("answer.country", "Pattern", "must be an ISO 3166-1 alpha-3 code"));
        }
        if (answer.refused()) {
            if (code(answer.refusalCode(), PeriodRefusal.class, "answer.refusal.code", violations) != null
                    && !answer.periods().isEmpty()) {
                violations.add(new Violation("answer.period", "Refused", "a refusal gives no period"));
            }
        }
        List<InsurancePeriod> periods = new ArrayList<>();
        for (int i = 0; i < answer.periods().size(); i++) {
            PartnerPeriodAnswer.Period p = answer.periods().get(i);
            String at = "answer.period[" + i + "]";
            PeriodType type = code(p.periodType(), PeriodType.class, at + ".periodType", violations);
            Set<Benefit> relevance = EnumSet.noneOf(Benefit.class);
            if (p.relevance() != null) {
                for (int j = 0; j < p.relevance().size(); j++) {
                    Benefit b = code(p.relevance().get(j), Benefit.class, at + ".relevance[" + j + "]", violations);
                    if (b != null) {
                        relevance.add(b);
                    }
                }
            }
            PeriodTotal total = null;
            if (p.totalAmount() != null || p.totalUnit() != null) {
                PeriodUnit unit = code(p.totalUnit(), PeriodUnit.class, at + ".totalUnit", violations);
                if (p.totalAmount() == null || p.totalAmount().signum() < 0) {
                    violations.add(
                            new Violation(at + ".totalAmount", "Min", "a total is given with its unit, at least 0"));
                } else if (unit != null) {
                    total = new PeriodTotal(p.totalAmount(), unit);
                }
            }
            if (p.from() == null) {
                violations.add(new Violation(at + ".from", "NotNull", "must not be null"));
            } else if (p.to() != null && p.to().isBefore(p.from())) {
                violations.add(new Violation(at + ".to", "DateOrder", "must not be before from"));
            } else if (type != null && violations.isEmpty()) {
                periods.add(new InsurancePeriod(
                        p.reference(),
                        answer.country(),
                        p.institution(),
                        p.from(),
                        p.to(),
                        type,
                        p.scheme(),
                        relevance,
                        total,
                        null,
                        null,
                        null,
                        PeriodSource.PARTNER_CERTIFIED));
            }
        }
        if (!violations.isEmpty()) {
            throw RegistryException.invalid(violations);
        }
        return periods;
    }

    private static <E extends Enum<E>> E code(String value, Class<E> type, String field, List<Violation> out) {
        if (value == null) {
            out.add(new Violation(field, "NotNull", "must not be null"));
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        out.add(new Violation(field, "OneOf", "is not a code of its list"));
        return null;
    }
}
