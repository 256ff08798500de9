package org.returneeregistry.socialsecurity.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.returneeregistry.shared.pdf.PdfSheet;

/**
 * The statement of periods abroad as a person reads it: in English and Nepali, the returnee, the partner-certified
 * periods with their totals, the days per country, the issuing registry, and a QR code leading to the public
 * verification. The PDF carries what the signed JSON carries; its signature is added afterwards.
 */
final class StatementLayout {

    private StatementLayout() {}

    /** One certified period as the statement lists it. */
    record Line(
            String claimId,
            String country,
            String institution,
            LocalDate from,
            LocalDate to,
            String periodType,
            BigDecimal totalAmount,
            String totalUnit,
            String messageId) {

        /** Calendar days from {@code from} to {@code to}, both included; null for an open end. */
        Long days() {
            return to == null ? null : ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /** Calendar days per country over the periods with an end, overlaps not removed (as certified). */
    static Map<String, Long> daysByCountry(List<Line> lines) {
        Map<String, Long> days = new TreeMap<>();
        for (Line l : lines) {
            if (l.days() != null) {
                days.merge(l.country(), l.days(), Long::sum);
            }
        }
        return days;
    }

    static byte[] render(
            String statementId,
            String registryNumber,
            String givenName,
            String familyName,
            String issuerCode,
            String issuerName,
            String issuedAt,
            String keyId,
            String digest,
            String verificationUrl,
            List<Line> lines) {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Country\nदेश",
                "Institution\nसंस्था",
                "From\nदेखि",
                "To\nसम्म",
                "Type\nप्रकार",
                "Total\nजम्मा",
                "Days\nदिन",
                "Answer message\nउत्तर सन्देश"));
        for (Line l : lines) {
            rows.add(List.of(
                    l.country(),
                    l.institution() == null ? "" : l.institution(),
                    l.from().toString(),
                    l.to() == null ? "open / खुला" : l.to().toString(),
                    l.periodType(),
                    l.totalAmount() == null
                            ? ""
                            : l.totalAmount().stripTrailingZeros().toPlainString() + " " + l.totalUnit(),
                    l.days() == null ? "" : Long.toString(l.days()),
                    l.messageId() == null ? "" : l.messageId()));
        }
        List<List<String>> totals = new ArrayList<>();
        totals.add(List.of("Country\nदेश", "Days (overlaps not removed)\nदिन (दोहोरिएका दिन नहटाई)"));
        daysByCountry(lines).forEach((country, days) -> totals.add(List.of(country, Long.toString(days))));
        return PdfSheet.titled("Statement of periods abroad " + statementId)
                .info("Subject", "Statement of periods abroad / विदेशमा बिताएका बीमा अवधिहरूको विवरण")
                .info("Author", issuerName)
                .info("Keywords", "statementId=" + statementId + " digest=" + digest + " kid=" + keyId)
                .info("Creator", "Returnee Registry")
                .heading("Statement of insurance periods abroad")
                .heading("विदेशमा बिताएका बीमा अवधिहरूको प्रमाणित विवरण")
                .paragraph("Registry number / दर्ता नम्बर: " + registryNumber)
                .paragraph("Name / नाम: " + name)
                .paragraph("Issued / जारी मिति: " + issuedAt)
                .paragraph("Issued by / जारी गर्ने निकाय: " + issuerName + " (" + issuerCode + ")")
                .paragraph("Statement id / विवरण नम्बर: " + statementId)
                .subheading("Periods certified by partner institutions / साझेदार संस्थाहरूद्वारा प्रमाणित अवधिहरू")
                .table(new float[] {1.5f, 1.6f, 1.7f, 1.7f, 2.8f, 1.3f, 0.9f, 3.0f}, rows)
                .subheading("Days per country / देश अनुसार दिन")
                .table(new float[] {1, 3}, totals)
                .paragraph("This statement is signed electronically by the registry (key " + keyId + "). Its signed"
                        + " JSON form carries the same content. Scan the QR code, or verify either form offline with"
                        + " the registry's published statement keys.")
                .paragraph(
                        "यो विवरण रजिस्ट्रीद्वारा विद्युतीय रूपमा हस्ताक्षर गरिएको छ। QR कोड स्क्यान गरेर, वा रजिस्ट्रीका"
                                + " प्रकाशित साँचोहरूसँग अफलाइन, यसको सत्यता जाँच्न सकिन्छ।")
                .qrCode(verificationUrl, 96, "Verify / प्रमाणित गर्नुहोस्: " + verificationUrl)
                .note("SHA-256 of the signed payload / हस्ताक्षरित सामग्रीको SHA-256: " + digest)
                .render();
    }
}
