package org.returneeregistry.consent.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.returneeregistry.consent.application.DecisionFigures;
import org.returneeregistry.consent.application.DecisionFiguresQuery;
import org.returneeregistry.consent.application.DecisionLog;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Downloads;
import org.returneeregistry.console.Violations;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The auditor's charts of the decision log over a chosen period (and, if given, one organisation): decisions per
 * day by outcome, denies by reason, reads per organisation and purpose — drawn as server-rendered SVG, each with its
 * figures as a table and as a CSV download. The figures are one call of {@link DecisionLog#figures}: aggregates,
 * no personal data.
 */
@Named("decisionCharts")
@ViewScoped
public class DecisionChartsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 14;

    @EJB
    private DecisionLog log;

    @Inject
    private ConsoleLocale lang;

    private String from;
    private String to;
    private String organisation;
    private DecisionFigures figures;
    private final Violations violations = new Violations();

    @PostConstruct
    void lastTwoWeeks() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        to = today.toString();
        from = today.minusDays(DEFAULT_DAYS - 1L).toString();
    }

    public String show() {
        figures = load();
        return null;
    }

    /** The figures of the form's period, or null when the form or the service refuses it (the fields say why). */
    private DecisionFigures load() {
        violations.clear();
        LocalDate start = day("from", from);
        LocalDate end = day("to", to);
        if (!violations.isEmpty()) {
            return null;
        }
        try {
            return log.figures(new DecisionFiguresQuery(start, end, blankToNull(organisation)));
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
            return null;
        }
    }

    private LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(field, lang.text("violation.NotBlank"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, lang.text("violation.Date"));
            return null;
        }
    }

    public void daysCsv() throws IOException {
        download("decisions-per-day.csv", FigureCsv::days);
    }

    public void reasonsCsv() throws IOException {
        download("denies-by-reason.csv", FigureCsv::reasons);
    }

    public void readsCsv() throws IOException {
        download("reads-by-organisation-and-purpose.csv", FigureCsv::reads);
    }

    private void download(String fileName, Function<DecisionFigures, String> csv) throws IOException {
        DecisionFigures current = load();
        if (current != null) {
            figures = current;
            Downloads.send(fileName, "text/csv", csv.apply(current));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isShown() {
        return figures != null;
    }

    public DecisionFigures getFigures() {
        return figures;
    }

    public List<FigureCharts.DayBar> getDayBars() {
        return figures == null ? List.of() : FigureCharts.days(figures.days());
    }

    public List<FigureCharts.RowBar> getReasonBars() {
        return figures == null ? List.of() : FigureCharts.reasons(figures.deniesByReason());
    }

    public List<FigureCharts.RowBar> getReadBars() {
        return figures == null ? List.of() : FigureCharts.reads(figures.readsByOrganisationAndPurpose());
    }

    public long getMaxPerDay() {
        return figures == null
                ? 0
                : figures.days().stream()
                        .mapToLong(DecisionFigures.Day::total)
                        .max()
                        .orElse(0);
    }

    public long getTotalPermits() {
        return figures == null
                ? 0
                : figures.days().stream()
                        .mapToLong(DecisionFigures.Day::permits)
                        .sum();
    }

    public long getTotalDenies() {
        return figures == null
                ? 0
                : figures.days().stream().mapToLong(DecisionFigures.Day::denies).sum();
    }

    /** The view box height of a horizontal chart of {@code rows} rows (one row's room when it has none). */
    public int rowsHeight(int rows) {
        return Math.max(1, rows) * FigureCharts.ROW;
    }

    public int getWidth() {
        return FigureCharts.WIDTH;
    }

    public int getDaysHeight() {
        return FigureCharts.DAYS_HEIGHT;
    }

    public int getLabelWidth() {
        return FigureCharts.LABEL_WIDTH;
    }

    public Violations getViolations() {
        return violations;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
