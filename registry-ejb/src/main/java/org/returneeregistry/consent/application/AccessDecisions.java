package org.returneeregistry.consent.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.domain.AgreementType;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.agreement.domain.ScopeDecision;
import org.returneeregistry.agreement.domain.ScopeLegalBasis;
import org.returneeregistry.consent.domain.AccessPolicy;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.PartnerAgreement;
import org.returneeregistry.consent.persistence.ConsentRecordRepository;
import org.returneeregistry.organisation.application.ActiveOrganisationCheck;
import org.returneeregistry.organisation.application.OperatorOrganisation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.Role;

/**
 * The registry's one policy decision point: may organisation O read categories C of returnee R for
 * purpose P? Every read of personal data by any organisation, over any interface, asks here.
 *
 * <p>The decision itself is {@link AccessPolicy}'s rule; this bean gathers the facts it weighs (the
 * organisation's status, whether it is the operator, the legal bases configured for it, the returnee's
 * consent records for it, whether the caller is the returnee's case worker when a special category is
 * asked ({@link CaseWorkers}), the clock), logs the answer and returns it.
 *
 * <p>Every decision — permit and deny — is appended to the decision log before it is answered. A deny, in
 * a transaction of its own, so a refused read is on record although the read rolls back. A permit asked
 * inside the read's transaction, in that transaction, so the read and its decision commit together; if
 * the read does not commit, the permit is appended alone once it has rolled back (its data was not
 * answered, but the decision was taken).
 */
@Stateless
public class AccessDecisions {

    /** The decision log's channel for data crossing to a partner institution of another country. */
    public static final String PARTNER_CHANNEL = "PARTNER";

    @Inject
    private ConsentRecordRepository consents;

    @Inject
    private LegalBases legalBases;

    @Inject
    private RegistryKeys keys;

    @Inject
    private Clock clock;

    @EJB
    private DecisionChain log;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ActiveOrganisationCheck organisationStatus;

    @EJB
    private CallerContext caller;

    @EJB
    private OperatorOrganisation operator;

    @EJB
    private AgreementRegistry agreements;

    @Inject
    private CaseWorkers caseWorkers;

    @Inject
    @ConfigProperty(name = "registry.consent.policy-version", defaultValue = "2026-11")
    private String policyVersion;

    /** Decides a read by the calling person or system, whose roles come from its token. */
    @PermitAll
    public AccessDecision decide(AccessRequest request) {
        Set<Role> roles = caller.roles(AccessPolicy.READING_ROLES);
        return decide(request, roles);
    }

    /**
     * Decides a disclosure the registry makes on its own initiative to an organisation's system (a
     * push, an HL7 message), as if that organisation's system asked with {@code roles}.
     */
    @PermitAll
    public AccessDecision decide(AccessRequest request, Set<Role> roles) {
        Instant now = clock.instant();
        boolean partner = roles.equals(EnumSet.of(Role.PARTNER_INSTITUTION));
        List<PartnerAgreement> partnerAgreements = partner
                ? partnerAgreements(
                        agreements.agreementsOf(request.actor().organisation()),
                        null,
                        request.purpose(),
                        request.categories())
                : List.of();
        return decide(request, roles, partnerAgreements, partner, now);
    }

    /**
     * Decides an outbound message carrying personal data to a partner institution, before it is queued:
     * only under the named agreement, in force now, to which the recipient is a party, and only what that
     * agreement's outbound scope covers for the message type and purpose — with consent where a scope row
     * requires it. Decided as the recipient institution's read (role {@code partner-institution}), logged with
     * channel {@code PARTNER} and the agreement's id and version; the message carries only the categories
     * granted.
     */
    @PermitAll
    public AccessDecision decideOutbound(OutboundDisclosure message) {
        Instant now = clock.instant();
        List<String> ofRecipient = agreements.agreementsOf(message.recipientInstitution());
        List<PartnerAgreement> under = ofRecipient.contains(message.agreementId())
                ? partnerAgreements(
                        List.of(message.agreementId()), message.messageType(), message.purpose(), message.categories())
                : List.of();
        AccessRequest request = new AccessRequest(
                new Actor("registry", message.recipientInstitution()),
                PARTNER_CHANNEL,
                message.registryNumber(),
                message.subjectExists(),
                message.purpose(),
                message.categories());
        return decide(request, EnumSet.of(Role.PARTNER_INSTITUTION), under, true, now);
    }

    /**
     * Decides a read of aggregate statistics (an indicator's table) by the calling person or system, and logs
     * it like every read: the subject is the statistic ({@code subject}, e.g. {@code INDICATOR:PLANS_DEVELOPED}),
     * never a person, and no data category is asked or granted. A deny is logged in a transaction of its own
     * (see the class comment); {@link AccessDecision#orRefuse()} turns it into the refusal.
     */
    @PermitAll
    public AccessDecision decideStatistics(String channel, String subject, Purpose purpose) {
        Instant now = clock.instant();
        Set<Role> roles = caller.roles(EnumSet.allOf(Role.class));
        Actor actor = caller.actor();
        AccessPolicy.Grant grant =
                AccessPolicy.decideStatistics(roles, purpose, organisationStatus.status(actor.organisation()));
        DecisionLogEntry.Decision decision = new DecisionLogEntry.Decision(
                now,
                actor.organisation(),
                actor.client(),
                channel,
                keys.keyedHash(subject),
                purpose == null ? "NONE" : purpose.name(),
                Set.of(),
                Set.of(),
                grant.reason(),
                policyVersion,
                null,
                keys.keyedHash(String.join(
                        "|",
                        channel,
                        actor.organisation(),
                        String.valueOf(actor.client()),
                        subject,
                        String.valueOf(purpose))));
        long sequence =
                grant.reason().permits() && inActiveTransaction() ? appendWithRead(decision) : log.append(decision);
        return new AccessDecision(grant.reason(), Set.of(), null, sequence);
    }

    /** For each agreement, whether it is in force now and which of the categories its outbound scope covers. */
    private List<PartnerAgreement> partnerAgreements(
            List<String> agreementIds, String messageType, Purpose purpose, Set<DataCategory> categories) {
        List<PartnerAgreement> found = new ArrayList<>();
        if (purpose == null) {
            return found;
        }
        for (String id : agreementIds) {
            Map<DataCategory, ScopeLegalBasis> inScope = new EnumMap<>(DataCategory.class);
            boolean inForce = false;
            int version = 0;
            for (DataCategory category : categories) {
                ScopeDecision scope = agreements.scope(id, Direction.OUTBOUND, messageType, category, purpose);
                version = scope.version();
                inForce |= scope.inScope() || scope.outcome() == ScopeDecision.Outcome.OUT_OF_SCOPE;
                if (scope.inScope()) {
                    inScope.put(category, scope.legalBasis());
                }
            }
            AgreementType type = agreements
                    .standing(id)
                    .map(a -> AgreementType.valueOf(a.type()))
                    .orElse(null);
            found.add(new PartnerAgreement(id, version, inForce, type, inScope));
        }
        return found;
    }

    private AccessDecision decide(
            AccessRequest request,
            Set<Role> roles,
            List<PartnerAgreement> partnerAgreements,
            boolean partner,
            Instant now) {
        AccessPolicy.Grant grant = AccessPolicy.decide(facts(request, roles, now, partnerAgreements));
        // a partner institution's read crosses a border: it is logged on the partner channel, whatever protocol carried
        // it
        String channel = partner ? PARTNER_CHANNEL : request.channel();
        String requestHash = keys.keyedHash(String.join(
                "|",
                channel,
                request.actor().organisation(),
                String.valueOf(request.actor().client()),
                request.registryNumber(),
                String.valueOf(request.purpose()),
                request.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(","))));
        DecisionLogEntry.Decision decision = new DecisionLogEntry.Decision(
                now,
                request.actor().organisation(),
                request.actor().client(),
                channel,
                keys.keyedHash(request.registryNumber()),
                request.purpose() == null ? "NONE" : request.purpose().name(),
                request.categories(),
                grant.granted(),
                grant.reason(),
                policyVersion,
                grant.consentId(),
                requestHash,
                grant.agreementId(),
                grant.agreementVersion());
        long sequence =
                grant.reason().permits() && inActiveTransaction() ? appendWithRead(decision) : log.append(decision);
        return new AccessDecision(
                grant.reason(),
                grant.granted(),
                grant.consentId(),
                sequence,
                grant.agreementId(),
                grant.agreementVersion());
    }

    private boolean inActiveTransaction() {
        return transactions.getTransactionKey() != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    private long appendWithRead(DecisionLogEntry.Decision decision) {
        long sequence = log.appendWithRead(decision);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the decision is written with the read
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    executor.execute(() -> log.append(decision));
                }
            }
        });
        return sequence;
    }

    /** The facts the policy weighs, as the registry knows them now. */
    private AccessPolicy.Facts facts(
            AccessRequest request, Set<Role> roles, Instant now, List<PartnerAgreement> partnerAgreements) {
        String organisation = request.actor().organisation();
        Set<DataCategory> legallyCovered = request.purpose() == null
                ? Set.of()
                : legalBases
                        .covering(organisation, request.purpose())
                        .map(LegalBases.Rule::categories)
                        .orElse(Set.of());
        return new AccessPolicy.Facts(
                request.purpose(),
                request.categories(),
                roles,
                organisationStatus.status(organisation),
                operator.code().equals(organisation),
                request.subjectExists(),
                legallyCovered,
                () -> consents.of(request.registryNumber(), organisation),
                now,
                request.categories().stream().anyMatch(DataCategory::special)
                        && request.subjectExists()
                        && caseWorkers.isCaseWorker(request.actor(), request.registryNumber()),
                partnerAgreements);
    }
}
