package org.returneeregistry.consent.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.returneeregistry.consent.application.AccessReport;
import org.returneeregistry.consent.application.AccessReportService;
import org.returneeregistry.console.ConsoleLocale;
import org.returneeregistry.console.Days;
import org.returneeregistry.console.Downloads;
import org.returneeregistry.console.Violations;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * A returnee's access report, for a registrar at the returnee's request or an auditor: every decision on reading
 * their data, permits and refusals, as a printable page and as the signed PDF in English and Nepali — {@link
 * AccessReportService}, as {@code GET /returnees/{registryNumber}/access-report}. The registry number is posted and
 * kept in the view's state, never in an address.
 */
@Named("accessReport")
@ViewScoped
public class AccessReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccessReportService reports;

    @Inject
    private ConsoleLocale lang;

    private String returnee;
    private AccessReport report;
    private final Violations violations = new Violations();

    public String produce() {
        violations.clear();
        report = null;
        if (Days.blankToNull(returnee) == null) {
            violations.add("returnee", lang.text("violation.NotBlank"));
            return null;
        }
        try {
            report = reports.report(returnee.strip());
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
        return null;
    }

    /** The signed PDF of the report as it stands now (a new report, audited as such). */
    public void pdf() throws IOException {
        violations.clear();
        if (Days.blankToNull(returnee) == null) {
            violations.add("returnee", lang.text("violation.NotBlank"));
            return;
        }
        try {
            Downloads.sendBytes(
                    "access-report.pdf",
                    "application/pdf",
                    reports.signedPdf(returnee.strip()).signedPdf());
        } catch (RegistryException refusal) {
            violations.take(refusal, lang);
        }
    }

    public String categories(AccessReport.Line line) {
        return line.granted().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    public boolean isProduced() {
        return report != null;
    }

    public AccessReport getReport() {
        return report;
    }

    public List<AccessReport.Line> getLines() {
        return report == null ? List.of() : report.lines();
    }

    public Violations getViolations() {
        return violations;
    }

    public String getReturnee() {
        return returnee;
    }

    public void setReturnee(String returnee) {
        this.returnee = returnee;
    }
}
