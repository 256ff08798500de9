package org.returneeregistry.consent.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.pdf.PdfSheet;

/**
 * A returnee's access report as a person reads it, in English and Nepali: who asked to read their data, when, for
 * which purpose, what was given or refused and why, under which consent or agreement. The signature is added
 * afterwards ({@link DocumentSigning}).
 */
final class AccessReportLayout {

    private AccessReportLayout() {}

    static byte[] render(AccessReport report, String issuerCode, String issuerName, String keyId) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "When (UTC)\nकहिले",
                "Organisation\nसंस्था",
                "Purpose\nप्रयोजन",
                "Data given\nदिइएको विवरण",
                "Decision\nनिर्णय",
                "Basis or reason\nआधार वा कारण"));
        for (AccessReport.Line l : report.lines()) {
            rows.add(List.of(
                    l.decidedAt().toString().replace('T', ' ').replace("Z", ""),
                    l.organisationName() == null
                            ? l.organisation()
                            : l.organisationName() + " (" + l.organisation() + ")",
                    l.purpose() + "\n" + l.channel(),
                    l.permitted() ? categories(l) : "—",
                    l.permitted() ? "Permitted / अनुमति" : "Refused / अस्वीकृत",
                    basis(l)));
        }
        PdfSheet sheet = PdfSheet.titled("Access report " + report.reportId())
                .info("Subject", "Access report / पहुँच प्रतिवेदन")
                .info("Author", issuerName)
                .info("Keywords", "reportId=" + report.reportId() + " kid=" + keyId)
                .info("Creator", "Returnee Registry")
                .heading("Who has read my data: access report")
                .heading("मेरो विवरण कसले हेर्‍यो: पहुँच प्रतिवेदन")
                .paragraph("Registry number / दर्ता नम्बर: " + report.registryNumber())
                .paragraph("Produced / तयार मिति: " + report.producedAt() + " (" + report.producedBy() + ")")
                .paragraph("Issued by / जारी गर्ने निकाय: " + issuerName + " (" + issuerCode + ")")
                .paragraph("Report id / प्रतिवेदन नम्बर: " + report.reportId())
                .paragraph("Decisions / निर्णयहरू: " + report.decisions() + " — permitted / अनुमति: "
                        + report.permitted() + ", refused / अस्वीकृत: " + report.refused())
                .paragraph("Every request to read your data is decided by the registry and kept in its tamper-evident"
                        + " decision log, whether it was permitted or refused. This report lists those decisions,"
                        + " newest first.")
                .paragraph(
                        "तपाईंको विवरण हेर्ने हरेक अनुरोधको निर्णय रजिस्ट्रीले गर्छ र अनुमति दिइएको होस् वा अस्वीकृत,"
                                + " परिवर्तन गर्न नसकिने निर्णय अभिलेखमा राख्छ। यो प्रतिवेदनमा ती निर्णयहरू नयाँदेखि पुरानो क्रममा छन्।");
        if (report.truncated()) {
            sheet.note("Only the newest " + report.lines().size() + " decisions are listed. / नयाँ "
                    + report.lines().size() + " निर्णयहरू मात्र सूचीमा छन्।");
        }
        if (report.lines().isEmpty()) {
            sheet.paragraph(
                    "No organisation has asked to read your data. / कुनै संस्थाले तपाईंको विवरण हेर्न अनुरोध गरेको छैन।");
        } else {
            sheet.subheading("Decisions / निर्णयहरू").table(new float[] {2.2f, 3.0f, 2.4f, 2.6f, 1.6f, 3.0f}, rows);
        }
        return sheet.paragraph("This report is signed electronically by the registry (key " + keyId + "). Verify it"
                        + " offline with the registry's published statement keys.")
                .paragraph(
                        "यो प्रतिवेदन रजिस्ट्रीद्वारा विद्युतीय रूपमा हस्ताक्षर गरिएको छ। रजिस्ट्रीका प्रकाशित साँचोहरूसँग अफलाइन"
                                + " यसको सत्यता जाँच्न सकिन्छ।")
                .render();
    }

    private static String categories(AccessReport.Line l) {
        return l.granted().stream().map(DataCategory::name).sorted().collect(Collectors.joining(", "));
    }

    private static String basis(AccessReport.Line l) {
        StringBuilder basis = new StringBuilder(l.reason());
        if (l.consentId() != null) {
            basis.append("\nconsent / सहमति ").append(l.consentId());
        }
        if (l.agreementId() != null) {
            basis.append("\nagreement / सम्झौता ").append(l.agreementId());
            if (l.agreementVersion() != null) {
                basis.append(" v").append(l.agreementVersion());
            }
        }
        return basis.toString();
    }
}
