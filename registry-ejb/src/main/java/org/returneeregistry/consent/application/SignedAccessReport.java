package org.returneeregistry.consent.application;

/** A returnee's access report with its signed PDF (English and Nepali). */
public record SignedAccessReport(AccessReport report, byte[] signedPdf) {

    public String fileName() {
        return "access-report-" + report.reportId() + ".pdf";
    }
}
