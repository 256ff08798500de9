package org.returneeregistry.reintegration.rest;

import java.util.List;
import org.returneeregistry.reintegration.application.IndicatorView;

/**
 * An indicator of the catalogue: the manual's wording and where it stands (module, M&E plan, page), the
 * registry's definition, what the records cannot answer, and the dimensions it can be broken down by.
 */
public record IndicatorDefinition(
        String id,
        int version,
        String name,
        String unit,
        String counts,
        Source source,
        String definition,
        String limitations,
        List<String> dimensions) {

    /** Where the indicator stands in the reintegration manual (IOM / UN Women 2023). */
    public record Source(int module, String plan, int page, String wording, String activity) {}

    static IndicatorDefinition from(IndicatorView v) {
        return new IndicatorDefinition(
                v.id(),
                v.version(),
                v.name(),
                v.unit(),
                v.counts(),
                new Source(v.sourceModule(), v.sourcePlan(), v.sourcePage(), v.wording(), v.activity()),
                v.definition(),
                v.limitations(),
                v.dimensions());
    }
}
