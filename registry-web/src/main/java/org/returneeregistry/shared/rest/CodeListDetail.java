package org.returneeregistry.shared.rest;

import java.util.List;
import org.returneeregistry.shared.codelist.CodeList;

/** One code list with its codes and their labels. */
public record CodeListDetail(String name, String xmlType, String description, List<Entry> entries) {

    /** A code and its label. */
    public record Entry(String code, String label) {}

    static CodeListDetail from(CodeList list) {
        return new CodeListDetail(
                list.name(),
                list.xmlType(),
                list.description(),
                Wire.list(list.entries(), e -> new Entry(e.code(), e.label())));
    }
}
