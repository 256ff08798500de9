package org.returneeregistry.organisation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.organisation.domain.Organisation;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.organisation.domain.OrganisationType;
import org.returneeregistry.organisation.persistence.OrganisationRepository;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.codelist.CodeLists;
import org.returneeregistry.shared.domain.Actor;

/**
 * Makes sure the registry's operator organisation exists, once the schema is migrated: the one
 * organisation of type {@link OrganisationType#REGISTRY_OPERATOR}, whose people (registrars,
 * auditors, administrators, social security officers) are users of the identity provider. It is
 * created from configuration, never over the API, and has no system client.
 *
 * <p>Insert-or-ignore: instances starting together on one database may both find no operator and both
 * insert it. The one whose insert loses the race (a unique key taken in between) reads again in a new
 * transaction and finds the other's, instead of failing its deployment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class OperatorOrganisation {

    private static final Logger LOG = Logger.getLogger(OperatorOrganisation.class.getName());

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    @Resource
    UserTransaction transaction;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String code;

    @Inject
    @ConfigProperty(name = "registry.operator.name")
    String name;

    @Inject
    @ConfigProperty(name = "registry.operator.country")
    String country;

    @PostConstruct
    void ensureOperator() {
        OrganisationCode operatorCode = OrganisationCode.parse(code)
                .orElseThrow(() -> new IllegalStateException(
                        "registry.operator.code '" + code + "' is not an organisation code such as NPL-DOFE"));
        if (name == null || name.isBlank() || name.length() > Organisation.NAME_LENGTH) {
            throw new IllegalStateException(
                    "registry.operator.name must be 1 to " + Organisation.NAME_LENGTH + " characters");
        }
        if (!CodeLists.standard().isValid("country", country)) {
            throw new IllegalStateException("registry.operator.country '" + country
                    + "' is not an ISO 3166-1 alpha-3 code of the country code list");
        }
        LostRace.retried("register the operator organisation " + operatorCode, 2, () -> ensure(operatorCode));
    }

    /** In a transaction of its own: nothing when the operator is registered, otherwise it is created. */
    private boolean ensure(OrganisationCode operatorCode) {
        try {
            transaction.begin();
            boolean created = false;
            if (organisations.find(operatorCode).isEmpty()) {
                if (organisations.exists(OrganisationType.REGISTRY_OPERATOR)) {
                    LOG.warning(() -> "The registry's operator organisation is registered under another code than "
                            + operatorCode + " (registry.operator.code); no second operator is created");
                } else {
                    organisations.add(Organisation.register(
                            operatorCode,
                            name,
                            OrganisationType.REGISTRY_OPERATOR,
                            country,
                            OrganisationType.REGISTRY_OPERATOR.defaultRoles(),
                            new Actor("registry", null),
                            clock.instant(),
                            "Operator organisation created at start-up from configuration"));
                    organisations.flush();
                    created = true;
                }
            }
            transaction.commit();
            if (created) {
                LOG.info(() -> "Created the registry's operator organisation " + operatorCode + " (" + name + ")");
            }
            return created;
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException("registering the operator organisation failed: " + e.getMessage(), e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Rolling back the operator organisation's registration failed", e);
        }
    }

    /** The operator's organisation code: its registrars keep the record, and it controls the data. */
    @Lock(LockType.READ)
    public String code() {
        return code;
    }

    /** The operator's country (ISO 3166-1 alpha-3): the jurisdiction of consent given to it. */
    @Lock(LockType.READ)
    public String country() {
        return country;
    }
}
