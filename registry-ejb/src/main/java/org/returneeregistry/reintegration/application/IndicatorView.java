package org.returneeregistry.reintegration.application;

import java.util.List;
import org.returneeregistry.reintegration.domain.Breakdown;
import org.returneeregistry.reintegration.domain.Indicator;

/** An indicator of the catalogue, with the breakdowns it offers. */
public record IndicatorView(
        String id,
        int version,
        String name,
        String unit,
        String counts,
        int sourceModule,
        String sourcePlan,
        int sourcePage,
        String wording,
        String activity,
        String definition,
        String limitations,
        List<String> dimensions) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(
                i.id(),
                i.version(),
                i.name(),
                i.unit().name(),
                i.counts().name(),
                i.source().module(),
                i.source().plan(),
                i.source().page(),
                i.source().wording(),
                i.source().activity(),
                i.definition(),
                i.limitations(),
                java.util.Arrays.stream(Breakdown.values())
                        .filter(i::offers)
                        .map(Breakdown::wireName)
                        .toList());
    }
}
