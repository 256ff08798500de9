package org.returneeregistry.returnee.application;

import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.domain.ReturnDetails;
import org.returneeregistry.shared.domain.Actor;

/** A return reported by another context (a mission's notification), already validated there. */
public record ReturnNotice(PersonDetails person, Employment employment, ReturnDetails details, Actor actor,
                           String reason) {
}
