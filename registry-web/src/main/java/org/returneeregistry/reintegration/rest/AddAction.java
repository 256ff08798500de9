package org.returneeregistry.reintegration.rest;

import java.time.LocalDate;

/** The body of a plan's action: the goal's number, what, the organisation responsible, the due date. */
public record AddAction(Integer goal, String description, String responsible, LocalDate dueOn) {

    org.returneeregistry.reintegration.application.AddAction toCommand() {
        return new org.returneeregistry.reintegration.application.AddAction(goal, description, responsible, dueOn);
    }
}
