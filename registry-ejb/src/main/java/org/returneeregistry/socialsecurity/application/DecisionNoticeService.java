package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.DecisionNotice;
import org.returneeregistry.socialsecurity.domain.NoticeAccess;
import org.returneeregistry.socialsecurity.domain.SignedDocument;
import org.returneeregistry.socialsecurity.persistence.ClaimRepository;
import org.returneeregistry.socialsecurity.persistence.DecisionNoticeRepository;

/**
 * The decision notices a claim's returnee was given, one per decision (issued with the decision, ADR 0038), read as
 * issued: the list of a claim's notices and each notice's signed forms. Who may read is {@link NoticeAccess} (the
 * claim's home institution's officers, the operator's registrars; a partner institution was told the decision in its
 * own message); the returnee's data a notice carries is then decided and logged by the consent decision point, as
 * a statement's is. A claim never decided has no notice: {@code ClaimNotDecided}.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.SOCIAL_SECURITY_OFFICER})
public class DecisionNoticeService {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    private ClaimRepository claims;

    @Inject
    private DecisionNoticeRepository notices;

    @Inject
    private SignedDocuments documents;

    @Inject
    private CallScope scope;

    @EJB
    private CallerContext caller;

    @EJB
    private AccessDecisions decisions;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    /** The claim's notices, newest first: what each is, not what it says. Decided and logged as a read of one. */
    @AuditOperation("SS_NOTICE_LIST")
    public List<DecisionNoticeView> list(String claimId) {
        Claim claim = permitted(claimId);
        List<DecisionNotice> found = notices.ofClaim(claim.claimId());
        decided(claim, found);
        decide(claim);
        return found.stream().map(this::view).toList();
    }

    /** The claim's notices, newest first, each with its signed forms (one read of them all, decided and logged). */
    @AuditOperation("SS_NOTICE_READ_ALL")
    public List<IssuedNotice> issued(String claimId) {
        Claim claim = permitted(claimId);
        List<DecisionNotice> found = notices.ofClaim(claim.claimId());
        decided(claim, found);
        decide(claim);
        return found.stream()
                .map(n -> new IssuedNotice(view(n), StatementDocument.of(n.noticeId(), n.document())))
                .toList();
    }

    /** A notice's signed forms, as issued. */
    @AuditOperation("SS_NOTICE_READ")
    public StatementDocument get(String claimId, String noticeId) {
        Claim claim = permitted(claimId);
        if (noticeId == null || !ID.matcher(noticeId).matches()) {
            throw RegistryException.notFound("Decision notice " + noticeId);
        }
        DecisionNotice notice = notices.find(noticeId)
                .filter(n -> n.claimId().equals(claim.claimId()))
                .orElseGet(() -> {
                    decided(claim, List.of());
                    throw RegistryException.notFound("Decision notice " + noticeId);
                });
        decide(claim);
        return StatementDocument.of(notice.noticeId(), notice.document());
    }

    /** A claim without a notice that was never decided is refused with its own code. */
    private static void decided(Claim claim, List<DecisionNotice> found) {
        if (found.isEmpty() && !claim.status().decided() && claim.outcome() == null) {
            throw new RegistryException(
                    ErrorCode.CLAIM_NOT_DECIDED,
                    "Claim " + claim.claimId() + " is " + claim.status() + " and has never been decided; a decision"
                            + " notice is issued when it is.");
        }
    }

    /** The claim, if the caller may read its notices: NotFound for an unknown claim, NotAuthorized otherwise. */
    private Claim permitted(String claimId) {
        if (claimId == null || !ID.matcher(claimId).matches()) {
            throw RegistryException.notFound("Claim " + claimId);
        }
        Claim claim = claims.find(claimId).orElseThrow(() -> RegistryException.notFound("Claim " + claimId));
        String organisation = caller.actor().organisation();
        NoticeAccess.Decision decision = NoticeAccess.decide(
                caller.roles(EnumSet.of(Role.REGISTRAR, Role.SOCIAL_SECURITY_OFFICER, Role.PARTNER_INSTITUTION)),
                organisation.equals(claim.homeInstitution()),
                organisation.equals(operatorCode));
        if (!decision.permitted()) {
            throw new RegistryException(ErrorCode.NOT_AUTHORIZED, "Refused: " + decision.reason() + ".");
        }
        return claim;
    }

    /** The read of the returnee's data a notice carries, decided and logged; refused when denied. */
    private void decide(Claim claim) {
        Actor actor = caller.actor();
        decisions
                .decide(new AccessRequest(
                        actor,
                        scope.channel(),
                        claim.registryNumber(),
                        true,
                        Purpose.SOCIAL_SECURITY_CLAIM,
                        StatementService.CATEGORIES))
                .orRefuse();
    }

    private DecisionNoticeView view(DecisionNotice n) {
        SignedDocument signed = n.document();
        return new DecisionNoticeView(
                n.noticeId(),
                n.claimId(),
                n.decision().name(),
                n.decisionSequence(),
                signed.issuedAt(),
                signed.issuedBy(),
                signed.keyId(),
                signed.payloadDigest(),
                documents.verificationUrl(n.noticeId(), signed.payloadDigest()));
    }
}
