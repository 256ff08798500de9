package org.returneeregistry.reintegration.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.returneeregistry.reintegration.domain.IndicatorCatalogue;

/**
 * The M&E indicators, read once from their definitions ({@code reintegration/indicators.json}, reference
 * data shipped with the registry) and checked against the questionnaires. A broken file fails the deployment.
 */
@ApplicationScoped
public class Indicators {

    public static final String RESOURCE = "/reintegration/indicators.json";

    private IndicatorCatalogue catalogue;

    @PostConstruct
    void read() {
        catalogue = load();
    }

    public static IndicatorCatalogue load() {
        try (InputStream in = Indicators.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the indicator file " + RESOURCE + " is missing");
            }
            return IndicatorCatalogue.read(in, Questionnaires.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }
}
