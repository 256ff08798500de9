package org.returneeregistry.shared.application;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Wraps every business call into an application service (they name it in {@code @Interceptors}).
 * It resolves the caller from the token and announces it ({@link CallerIdentified}) before the call
 * runs — the organisation context refuses there a caller whose organisation is unknown or
 * suspended, by the registry's own status, so a suspension takes effect at once however long a
 * token has left — and announces the call's end with its outcome ({@link ServiceCallEnded}), which
 * the audit context records whatever the outcome, with the record the call named — unless the call's
 * unit of work already recorded its success in its own transaction ({@link CompletesCall}).
 *
 * <p>Only the outermost call of a request is wrapped; the services it calls in turn act within
 * it. Roles are checked by the container before this runs ({@code @RolesAllowed}).
 */
public class ServiceCall {

    public static final String OK = "OK";

    @EJB
    private CallerContext caller;

    @Inject
    private CallScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Event<CallerIdentified> identified;

    @Inject
    private Event<ServiceCallEnded> ended;

    @AroundInvoke
    public Object wrap(InvocationContext invocation) throws Exception {
        if (!scope.enter()) {
            try {
                return invocation.proceed();
            } finally {
                scope.leave();
            }
        }
        String operation = operation(invocation);
        scope.call(operation, invocation.getParameters());
        Actor actor = null;
        String outcome = ErrorCode.INTERNAL_ERROR.code();
        Object result = null;
        try {
            boolean bySignature =
                    invocation.getMethod().isAnnotationPresent(AuthenticatedBySignature.class) && !caller.holdsToken();
            if (!bySignature) {
                actor = caller.actor();
                scope.actor(actor);
                if (!invocation.getMethod().isAnnotationPresent(OrganisationCheckedByPolicy.class)) {
                    identified.fire(new CallerIdentified(actor));
                }
            }
            result = invocation.proceed();
            outcome = OK;
            return result;
        } catch (RegistryException e) {
            outcome = e.code().code();
            throw e;
        } catch (EJBAccessException | AccessLocalException e) {
            outcome = ErrorCode.NOT_AUTHORIZED.code();
            throw e;
        } finally {
            scope.leave();
            // a caller authenticated by its message's signature is named by the method once verified
            actor = actor == null ? scope.actor() : actor;
            boolean recordedWithin = scope.endCall();
            if (!(recordedWithin && OK.equals(outcome))) {
                ended.fire(new ServiceCallEnded(
                        clock.instant(),
                        actor,
                        scope.channel(),
                        operation,
                        outcome,
                        TouchedRecord.of(invocation.getParameters(), result)));
            }
        }
    }

    /**
     * The call's stable audit code. Every business method of a service wrapped here carries one (the build's
     * {@code AuditOperationsTest} checks it); a method without one is a defect, refused before it runs rather
     * than audited under a name auditors cannot filter on.
     */
    static String operation(InvocationContext invocation) {
        AuditOperation code = invocation.getMethod().getAnnotation(AuditOperation.class);
        if (code == null) {
            throw new IllegalStateException(
                    invocation.getMethod().getDeclaringClass().getName() + "."
                            + invocation.getMethod().getName() + " has no @AuditOperation code");
        }
        return code.value();
    }
}
