package org.returneeregistry.returnee.application;

import java.util.Set;
import org.returneeregistry.shared.domain.Role;

/**
 * The read policy every answer of a returnee's personal data obeys: may the reader's organisation read
 * these categories of this returnee for this purpose? Declared here, where reads are answered; the
 * consent context implements it with its decision point, which logs every answer, permit and deny.
 */
public interface ReadPolicy {

    /** Decides a read by the calling person or system, with the roles of its token. */
    ReadDecision decide(ReadRequest request);

    /**
     * Decides a disclosure the registry makes on its own initiative to an organisation's system (an HL7
     * message), as if that system asked with {@code roles}.
     */
    ReadDecision decide(ReadRequest request, Set<Role> roles);
}
