package org.returneeregistry.shared.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;

/**
 * When a {@link CompletesCall} unit of work returns inside an outermost business call, announces the call's
 * success ({@link ServiceCallSucceeding}) while the unit's transaction is still open, so the audit context
 * writes the call's entry in it. Once that transaction has committed the call counts as recorded, and
 * {@link ServiceCall} announces no end of its own; if it does not commit, the call ends and is recorded
 * as before, with whatever outcome it then has.
 */
@CompletesCall
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class CallCompletion {

    @Inject
    private CallScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Event<ServiceCallSucceeding> succeeding;

    @AroundInvoke
    public Object complete(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (scope.inCall()) {
            succeeding.fire(new ServiceCallSucceeding(
                    clock.instant(),
                    scope.actor(),
                    scope.channel(),
                    scope.operation(),
                    TouchedRecord.of(scope.arguments(), result),
                    scope::recordedWithin));
        }
        return result;
    }
}
