package org.returneeregistry.organisation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.organisation.domain.Organisation;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.organisation.domain.OrganisationEvent;
import org.returneeregistry.organisation.domain.OrganisationType;
import org.returneeregistry.organisation.keycloak.AccessChange;
import org.returneeregistry.organisation.keycloak.KeycloakClients;
import org.returneeregistry.organisation.keycloak.ProvisionedClient;
import org.returneeregistry.organisation.persistence.OrganisationRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * Registers organisations, suspends and reinstates them, and answers their status.
 *
 * <p>The registry and the identity provider must agree on who may act. So every change is written
 * and flushed first (a refused write never reaches Keycloak), then applied in Keycloak; when Keycloak
 * fails, the request is answered 503 and the transaction rolls back, and when the transaction does
 * not commit after Keycloak was changed, the Keycloak change is undone. A registration answers the new
 * client's secret once: the registry does not keep it.
 *
 * <p>Only the registry's administrators change organisations; auditors may read them. What the other
 * contexts ask about organisations (status, roles), and the check of every caller's organisation, is
 * {@link OrganisationDirectory}'s.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRY_ADMIN)
public class OrganisationService {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private KeycloakClients keycloak;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private ActiveOrganisationCheck standing;

    /**
     * Registers a mission, ministry or partner institution and provisions its system client. The
     * answer carries the client's credentials; they are shown only this once.
     */
    @AuditOperation("ORGANISATION_REGISTER")
    public OrganisationView register(RegisterOrganisation command) {
        InputValidation validation = InputValidation.of(validator, command);
        OrganisationRules.check(validation, command);
        validation.throwIfInvalid();
        OrganisationCode code = OrganisationCode.of(command.code());
        if (organisations.find(code).isPresent()) {
            throw alreadyRegistered(code);
        }
        OrganisationType type = OrganisationRules.typeOf(command.type()).orElseThrow();
        Organisation organisation = Organisation.register(
                code,
                command.name(),
                type,
                command.country(),
                command.district(),
                OrganisationRules.roles(command),
                caller.actor(),
                clock.instant(),
                "Registered by the registry administrator");
        statusChanging(code.value());
        organisations.add(organisation);
        try {
            organisations.flush();
        } catch (PersistenceException e) {
            if (LostRace.onUniqueKey(e)) {
                throw alreadyRegistered(code);
            }
            throw e;
        }
        ProvisionedClient client =
                keycloak.provision(code, organisation.name(), description(organisation), organisation.roles());
        afterRollback(() -> keycloak.remove(client));
        return view(organisation)
                .withCredentials(
                        new ClientCredentials(client.clientId(), client.clientSecret(), client.tokenEndpoint()));
    }

    /** Suspends an organisation and disables its client and users in the identity provider. */
    @AuditOperation("ORGANISATION_SUSPEND")
    public OrganisationView suspend(String code, String reason) {
        return changeStatus(code, reason, false);
    }

    /** Reinstates a suspended organisation and enables its client and users in the identity provider again. */
    @AuditOperation("ORGANISATION_REINSTATE")
    public OrganisationView reinstate(String code, String reason) {
        return changeStatus(code, reason, true);
    }

    @RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.AUDITOR})
    @AuditOperation("ORGANISATION_READ")
    public OrganisationView get(String code) {
        return view(load(code));
    }

    @RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.AUDITOR})
    @AuditOperation("ORGANISATION_LIST")
    public Page<OrganisationSummary> list(OrganisationQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        OrganisationRules.checkType(validation, "type", query.type());
        OrganisationRules.checkStatus(validation, "status", query.status());
        validation.throwIfInvalid();
        Page<Organisation> found = organisations.list(
                query.type() == null
                        ? null
                        : OrganisationRules.typeOf(query.type()).orElseThrow(),
                query.status() == null
                        ? null
                        : OrganisationRules.statusOf(query.status()).orElseThrow(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(OrganisationService::summary).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    private OrganisationView changeStatus(String code, String reason, boolean enable) {
        InputValidation.of(validator, new StatusChange(code, reason)).throwIfInvalid();
        Organisation organisation = load(code);
        statusChanging(organisation.code().value());
        Actor actor = caller.actor();
        Instant now = clock.instant();
        AccessChange change;
        if (enable) {
            Set<String> accounts = organisation.reinstate(reason, actor, now);
            organisations.flush();
            change = keycloak.enable(organisation.code(), organisation.clientId(), accounts);
        } else {
            organisation.suspend(reason, actor, now);
            organisations.flush();
            change = keycloak.disable(organisation.code(), organisation.clientId());
            organisation.accountsDisabledBySuspension(change.userIds());
            organisations.flush();
        }
        afterRollback(() -> keycloak.revert(change));
        return view(organisation);
    }

    private Organisation load(String code) {
        Optional<OrganisationCode> parsed = OrganisationCode.parse(code);
        if (parsed.isEmpty()) {
            throw RegistryException.invalid(
                    List.of(new Violation("code", "Pattern", "must be an organisation code such as NPL-EMB-DOH")));
        }
        return organisations.find(parsed.get()).orElseThrow(() -> RegistryException.notFound("Organisation " + code));
    }

    /**
     * Every call checks its caller's organisation against a status kept for a moment: this one changes it, so
     * the kept answer is forgotten now and again when the transaction ends, committed or not.
     */
    private void statusChanging(String code) {
        standing.changing(code);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the new status is not visible to others before the commit
            }

            @Override
            public void afterCompletion(int status) {
                standing.changing(code);
            }
        });
    }

    /** Runs the undo when the current transaction ends in anything but a commit. */
    private void afterRollback(Runnable undo) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    undo.run();
                }
            }
        });
    }

    private static RegistryException alreadyRegistered(OrganisationCode code) {
        return new RegistryException(
                ErrorCode.ORGANISATION_ALREADY_REGISTERED, "Organisation " + code + " is already registered.");
    }

    private static String description(Organisation o) {
        return "System client of "
                + o.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + o.code() + " ("
                + o.name() + ", " + o.country() + "), provisioned by the Returnee Registry";
    }

    private static List<String> roleNames(Organisation o) {
        return o.roles().stream()
                .sorted(Comparator.naturalOrder())
                .map(Role::roleName)
                .toList();
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(
                o.code().value(),
                o.name(),
                o.type().name(),
                o.country(),
                o.district(),
                roleNames(o),
                o.status().name(),
                o.clientId(),
                o.version(),
                o.registeredAt(),
                o.updatedAt(),
                o.events().stream().map(OrganisationService::event).toList(),
                null);
    }

    static OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(
                o.code().value(),
                o.name(),
                o.type().name(),
                o.country(),
                roleNames(o),
                o.status().name());
    }

    private static OrganisationEventView event(OrganisationEvent e) {
        return new OrganisationEventView(
                e.sequence(),
                e.type().name(),
                e.type().eventNumber(),
                e.at(),
                e.actor().display(),
                e.actor().subject(),
                e.actor().organisation(),
                e.actor().client(),
                e.reason());
    }
}
