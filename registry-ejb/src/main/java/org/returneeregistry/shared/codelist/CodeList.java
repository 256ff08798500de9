package org.returneeregistry.shared.codelist;

import java.util.List;

/** A named code list as published in the contracts: codes with their labels, in published order. */
public record CodeList(String name, String xmlType, String description, List<Entry> entries) {

    public record Entry(String code, String label) {
    }

    public CodeList {
        entries = List.copyOf(entries);
    }
}
