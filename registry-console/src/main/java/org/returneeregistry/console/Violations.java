package org.returneeregistry.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

/**
 * The violations of a form's last submission, by field path as the application service names them (the same
 * paths a REST caller reads in problem+json), each shown next to its field in the person's language: a rule
 * the console's bundle words ({@code violation.RULE}) in its words, any other in the service's sentence.
 */
public class Violations implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The prefix of the console's text for a refusal's rule ({@code violation.Size}); where the person's language has
     * none (English), the registry's own message stands.
     */
    static final String RULE_TEXT = "violation.";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void clear() {
        byField.clear();
    }

    public void add(String field, String message) {
        byField.merge(field, message, (a, b) -> a + " " + b);
    }

    /** Takes a refusal's violations; a refusal without any becomes a message for the whole form. */
    public void take(RegistryException refusal, ConsoleLocale lang) {
        clear();
        for (Violation v : refusal.violations()) {
            String worded = lang.text(RULE_TEXT + v.rule());
            add(v.field() == null ? "" : v.field(), worded == null ? v.message() : worded);
        }
        if (refusal.violations().isEmpty()) {
            String worded = lang.text("error." + refusal.code().code());
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    worded == null ? refusal.getMessage() : worded,
                                    refusal.getMessage()));
        }
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    /** The violations whose field the form does not show, so that none goes unseen. */
    public Map<String, String> others(java.util.Set<String> shown) {
        Map<String, String> rest = new LinkedHashMap<>(byField);
        rest.keySet().removeAll(shown);
        return rest;
    }
}
