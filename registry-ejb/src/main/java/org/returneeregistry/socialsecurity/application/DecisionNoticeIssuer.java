package org.returneeregistry.socialsecurity.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimTransition;
import org.returneeregistry.socialsecurity.domain.DecisionNotice;
import org.returneeregistry.socialsecurity.domain.SignedDocument;
import org.returneeregistry.socialsecurity.persistence.DecisionNoticeRepository;

/**
 * Issues the returnee the notice of a claim's decision, in the decision's transaction ({@link ClaimService#decide},
 * ADR 0038): the claim, the decision and its whole computation trace, signed as a JWS and as a PDF by the one
 * mechanism of the registry's signed documents to people ({@link SignedDocuments}), and stored as issued. Issuing is
 * the operator keeping the returnee's record of its own decision, nothing disclosed to another organisation, so it is
 * not put to the decision point; handing a notice out ({@link DecisionNoticeService}) is.
 */
@Dependent
public class DecisionNoticeIssuer {

    @Inject
    private DecisionNoticeRepository notices;

    @Inject
    private SignedDocuments documents;

    @Inject
    private Clock clock;

    @EJB
    private ReturneeRecords returnees;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    @Inject
    @ConfigProperty(name = "registry.operator.name", defaultValue = "Returnee Registry")
    String operatorName;

    /** The notice of the decision the claim has just been given (its last transition), stored. */
    DecisionNotice issue(Claim claim, Actor actor) {
        ClaimTransition decided = claim.transitions().get(claim.transitions().size() - 1);
        List<String> name = returnees
                .nameForPermittedDisclosure(claim.registryNumber())
                .orElseThrow(() -> RegistryException.notFound("Returnee " + claim.registryNumber()));
        String noticeId = UUID.randomUUID().toString();
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DecisionNoticeLayout.Facts facts = facts(claim, decided, noticeId, name, issuedAt);
        SignedDocument signed = documents.sign(
                noticeId,
                DecisionNoticeLayout.TYPE,
                issuedAt,
                actor,
                "Decision notice " + noticeId + " on claim " + claim.claimId(),
                keyId -> DecisionNoticeLayout.payload(facts, keyId, documents.verificationBase()),
                (keyId, digest, url) -> DecisionNoticeLayout.render(facts, keyId, digest, url));
        DecisionNotice notice = new DecisionNotice(noticeId, claim, decided.sequence(), signed);
        notices.add(notice);
        return notice;
    }

    private DecisionNoticeLayout.Facts facts(
            Claim claim, ClaimTransition decided, String noticeId, List<String> name, Instant issuedAt) {
        return new DecisionNoticeLayout.Facts(
                noticeId,
                claim.registryNumber(),
                name.get(0),
                name.get(1),
                operatorCode,
                operatorName,
                issuedAt,
                claim.claimId(),
                claim.benefit().name(),
                claim.agreementId(),
                claim.homeInstitution(),
                claim.partnerInstitutions(),
                claim.claimantKind().name(),
                claim.claimantName(),
                claim.claimantRelationship(),
                claim.status().name(),
                decided.at(),
                decided.reason(),
                claim.outcome(),
                claim.payableAmount(),
                claim.payableBasis(),
                claim.totalisedPeriods(),
                claim.periodUnit(),
                claim.sectionVersion(),
                claim.assessedAsOf(),
                ClaimService.trace(claim.trace()));
    }
}
