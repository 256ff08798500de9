package org.returneeregistry.reintegration.rest;

/** The body of a plan's goal. */
public record AddGoal(String dimension, String level, String description) {

    org.returneeregistry.reintegration.application.AddGoal toCommand() {
        return new org.returneeregistry.reintegration.application.AddGoal(dimension, level, description);
    }
}
