package org.returneeregistry.shared.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.returneeregistry.agreement.rest.AgreementsResource;
import org.returneeregistry.audit.rest.AuditEntriesResource;
import org.returneeregistry.consent.rest.AccessReportsResource;
import org.returneeregistry.consent.rest.ConsentReceiptKeysResource;
import org.returneeregistry.consent.rest.ConsentsResource;
import org.returneeregistry.consent.rest.DecisionLogResource;
import org.returneeregistry.exchange.rest.DeliveryEndpointsResource;
import org.returneeregistry.exchange.rest.ExchangeMessagesResource;
import org.returneeregistry.exchange.rest.OutboxMessagesResource;
import org.returneeregistry.exchange.rest.PartnerExchangeResource;
import org.returneeregistry.exchange.rest.PartnerMessagesResource;
import org.returneeregistry.notification.rest.BatchesResource;
import org.returneeregistry.notification.rest.IdentityReviewsResource;
import org.returneeregistry.notification.rest.ReturnNotificationsResource;
import org.returneeregistry.organisation.rest.OrganisationsResource;
import org.returneeregistry.reintegration.rest.CasesResource;
import org.returneeregistry.reintegration.rest.GrievancesResource;
import org.returneeregistry.reintegration.rest.IndicatorsResource;
import org.returneeregistry.reintegration.rest.OverdueFollowUpsResource;
import org.returneeregistry.reintegration.rest.QuestionnairesResource;
import org.returneeregistry.reintegration.rest.ReferralRoutesResource;
import org.returneeregistry.reintegration.rest.ReferralsResource;
import org.returneeregistry.returnee.rest.ReturneesResource;
import org.returneeregistry.socialsecurity.rest.ClaimsResource;
import org.returneeregistry.socialsecurity.rest.DecisionNoticesResource;
import org.returneeregistry.socialsecurity.rest.PeriodRequestsResource;
import org.returneeregistry.socialsecurity.rest.SocialSecurityResource;
import org.returneeregistry.socialsecurity.rest.StatementKeysResource;
import org.returneeregistry.socialsecurity.rest.StatementVerificationsResource;
import org.returneeregistry.socialsecurity.rest.StatementsResource;

/**
 * The registry's REST API, major version 1, under {@code /registry/api/v1}.
 *
 * <p>{@code @LoginConfig} turns on MicroProfile JWT for the whole web module, SOAP included: a
 * bearer token is verified against the identity provider's keys, issuer and audience before any
 * resource or endpoint runs. The classes are listed rather than scanned, so JAX-RS providers of
 * libraries in the EAR (the identity provider's admin client brings RESTEasy's) stay out.
 */
@ApplicationScoped
@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "returnee-registry")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Returnee Registry API",
                        version = "1.0",
                        description =
                                "Return notifications from missions abroad, the returnee registry, consent and its decision"
                                        + " log, referrals to services, organisations, bilateral agreements and the registry's outbox. Every call needs a"
                                        + " bearer token of the registry's realm (the consent receipts' keys excepted); every"
                                        + " refusal is application/problem+json with a stable code. The JSON carries codes of the"
                                        + " lists published at /code-lists."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token from the registry's Keycloak realm")
public class RegistryApplication extends Application {

    public static final String API_VERSION = "1.0";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ReturnNotificationsResource.class,
                BatchesResource.class,
                AgreementsResource.class,
                IdentityReviewsResource.class,
                ReturneesResource.class,
                OrganisationsResource.class,
                CodeListsResource.class,
                AuditEntriesResource.class,
                ConsentsResource.class,
                ConsentReceiptKeysResource.class,
                DecisionLogResource.class,
                DeliveryEndpointsResource.class,
                PartnerMessagesResource.class,
                PartnerExchangeResource.class,
                OutboxMessagesResource.class,
                ExchangeMessagesResource.class,
                ReferralsResource.class,
                ReferralRoutesResource.class,
                CasesResource.class,
                GrievancesResource.class,
                OverdueFollowUpsResource.class,
                QuestionnairesResource.class,
                IndicatorsResource.class,
                SocialSecurityResource.class,
                ClaimsResource.class,
                StatementsResource.class,
                DecisionNoticesResource.class,
                AccessReportsResource.class,
                StatementKeysResource.class,
                StatementVerificationsResource.class,
                PeriodRequestsResource.class,
                ProblemMapper.class,
                ApiVersionFilter.class,
                SecureXmlProvider.class);
    }
}
