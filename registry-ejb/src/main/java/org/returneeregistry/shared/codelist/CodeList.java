package org.returneeregistry.shared.codelist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named code list as published in the contracts: codes with their labels, in published order. */
public record CodeList(String name, String xmlType, String description, List<Entry> entries) {

    public record Entry(String code, String label) {
    }

    public CodeList {
        entries = List.copyOf(entries);
    }

    public boolean contains(String code) {
        return index().containsKey(code);
    }

    private Map<String, Entry> index() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.code(), e));
        return map;
    }
}
