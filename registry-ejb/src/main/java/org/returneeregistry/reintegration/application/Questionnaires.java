package org.returneeregistry.reintegration.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.reintegration.domain.Questionnaire;
import org.returneeregistry.reintegration.domain.QuestionnaireCatalogue;

/**
 * The assessment questionnaires, read once from the registry's questionnaire file
 * ({@code reintegration/questionnaires.json}, reference data shipped with the registry). A broken file
 * fails the deployment rather than the first assessment.
 */
@ApplicationScoped
public class Questionnaires {

    public static final String RESOURCE = "/reintegration/questionnaires.json";

    private QuestionnaireCatalogue catalogue;

    @PostConstruct
    void read() {
        catalogue = load();
    }

    /** The catalogue in the file shipped with the registry. */
    public static QuestionnaireCatalogue load() {
        try (InputStream in = Questionnaires.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the questionnaire file " + RESOURCE + " is missing");
            }
            return QuestionnaireCatalogue.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Questionnaire> all() {
        return catalogue.all();
    }

    public Optional<Questionnaire> find(String code, int version) {
        return catalogue.find(code, version);
    }
}
