/**
 * Code lists as published in {@code codelists.xsd}; the one place codes are defined.
 */
package org.returneeregistry.shared.codelist;
