package org.returneeregistry.consent.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.returneeregistry.returnee.application.ReadDecision;
import org.returneeregistry.returnee.application.ReadPolicy;
import org.returneeregistry.returnee.application.ReadRequest;
import org.returneeregistry.shared.domain.Role;

/**
 * The returnee context's {@link ReadPolicy}, answered by the consent decision point ({@link AccessDecisions}):
 * each read the returnee context answers is decided and logged here, and a deny carries the refusal the
 * decision point gives, with the decision's number in the log.
 */
@ApplicationScoped
public class ReturneeReadDecisions implements ReadPolicy {

    @EJB
    private AccessDecisions decisions;

    @Override
    public ReadDecision decide(ReadRequest request) {
        return answer(decisions.decide(ask(request)));
    }

    @Override
    public ReadDecision decide(ReadRequest request, Set<Role> roles) {
        return answer(decisions.decide(ask(request), roles));
    }

    private static AccessRequest ask(ReadRequest r) {
        return new AccessRequest(
                r.reader(), r.channel(), r.registryNumber(), r.subjectExists(), r.purpose(), r.categories());
    }

    private static ReadDecision answer(AccessDecision d) {
        return d.permitted()
                ? ReadDecision.permit(d.granted(), d.sequence())
                : ReadDecision.deny(d.sequence(), d.reason().refusal(), d.refusalText());
    }
}
