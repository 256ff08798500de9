package org.returneeregistry.reintegration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.reintegration.domain.ReferralRoute;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.reintegration.persistence.ReferralRouteRepository;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.Role;

/**
 * Which organisation receives the referrals to each service when a registrar names none, and those
 * made from a mission's urgent needs. Only the registry's administrators set routes, and only to an
 * active registered organisation; registrars may read them to know where a referral will go. A new
 * route applies to referrals made afterwards; referrals already sent keep their recipient.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRY_ADMIN)
public class ReferralRoutingService {

    @Inject
    private ReferralRouteRepository routes;

    @Inject
    private Recipients recipients;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    /** Sends the service's future referrals to the recipient; answers the route. */
    @AuditOperation("REFERRAL_ROUTE_SET")
    public RouteView setRoute(SetRoute command) {
        InputValidation.of(validator, command).throwIfInvalid();
        recipients.requireActive("recipient", command.recipient());
        SupportService service = SupportService.of(command.service()).orElseThrow();
        Actor actor = caller.actor();
        Instant now = clock.instant();
        Optional<ReferralRoute> existing = routes.find(service);
        ReferralRoute route;
        if (existing.isPresent()) {
            route = existing.get();
            route.routeTo(command.recipient(), actor, now);
        } else {
            route = routes.add(new ReferralRoute(service, command.recipient(), actor, now));
        }
        routes.flush();
        return view(route);
    }

    @RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.REGISTRAR})
    @AuditOperation("REFERRAL_ROUTE_LIST")
    public List<RouteView> routes() {
        return routes.all().stream().map(ReferralRoutingService::view).toList();
    }

    private static RouteView view(ReferralRoute r) {
        return new RouteView(
                r.service().name(), r.service().purpose().code(), r.recipient(), r.updatedAt(), r.updatedBy());
    }
}
