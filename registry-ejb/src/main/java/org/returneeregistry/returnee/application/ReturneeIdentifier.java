package org.returneeregistry.returnee.application;

/** One of a returnee's identifiers as issued (code lists {@code identifier-type}, {@code country}). */
public record ReturneeIdentifier(String type, String number, String issuingCountry) {}
