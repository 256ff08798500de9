package org.returneeregistry.socialsecurity.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.returneeregistry.shared.pdf.PdfSheet;
import org.returneeregistry.socialsecurity.domain.TraceEntry;

/**
 * A claim's decision notice as the returnee reads it, in English and Nepali: what was claimed, under which agreement,
 * from which institutions, the decision with its amounts and unit, and every line of the computation trace, each
 * step named and explained in both languages beside the engine's own words and numbers. The signed JSON carries the
 * same content ({@link #payload}); the PDF's signature is added afterwards.
 */
final class DecisionNoticeLayout {

    static final String FORMAT = "returnee-registry-decision-notice/1";
    static final String TYPE = "decision-notice+json";

    private DecisionNoticeLayout() {}

    /** What a notice says. */
    record Facts(
            String noticeId,
            String registryNumber,
            String givenName,
            String familyName,
            String issuerCode,
            String issuerName,
            Instant issuedAt,
            String claimId,
            String benefit,
            String agreementId,
            String homeInstitution,
            List<String> institutions,
            String claimantKind,
            String claimantName,
            String claimantRelationship,
            String decision,
            Instant decidedAt,
            String reason,
            String outcome,
            BigDecimal payableAmount,
            String payableBasis,
            BigDecimal totalisedPeriods,
            String unit,
            Integer sectionVersion,
            LocalDate assessedAsOf,
            List<TraceEntry> trace) {

        Facts {
            institutions = List.copyOf(institutions);
            trace = List.copyOf(trace);
        }

        String name() {
            return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        }
    }

    /** The trace's steps in words: English, then Nepali. */
    static final Map<String, String[]> STEPS = Map.ofEntries(
            Map.entry("RECEIVED", new String[] {"Period received, as stated", "प्राप्त अवधि, जस्तो उल्लेख गरिएको"}),
            Map.entry("EXCLUDED", new String[] {"Not counted for this benefit", "यस सुविधाका लागि गणना नगरिएको अवधि"}),
            Map.entry(
                    "SUPERSEDED",
                    new String[] {"Replaced by the institution's record", "संस्थाको अभिलेखले प्रतिस्थापित"}),
            Map.entry("OVERLAP", new String[] {
                "Overlap removed: a time is counted once", "दोहोरिएको अवधि हटाइयो: एउटै समय एक पटक गनिन्छ"
            }),
            Map.entry("HOME_SLOT", new String[] {"Already covered at home", "स्वदेशमा पहिले नै समेटिएको अवधि"}),
            Map.entry("CONVERTED", new String[] {"Converted to the counting unit", "गणना एकाइमा रूपान्तरण"}),
            Map.entry("YEAR", new String[] {"Counted year by year", "वर्षअनुसार गणना"}),
            Map.entry("YEAR_MAXIMUM", new String[] {"Limited to a year's maximum", "वर्षको अधिकतम सीमामा सीमित"}),
            Map.entry("TOTAL", new String[] {"Periods added up", "अवधिहरूको जम्मा"}),
            Map.entry("THRESHOLD", new String[] {"Minimum period tested", "न्यूनतम अवधिको जाँच"}),
            Map.entry("FORMULA", new String[] {"Amount computed", "रकमको गणना"}),
            Map.entry("INDEPENDENT", new String[] {"Benefit on own periods alone", "आफ्नै अवधिमा आधारित सुविधा"}),
            Map.entry("PRO_RATA", new String[] {"Proportional share", "समानुपातिक अंश"}),
            Map.entry("LUMP_SUM", new String[] {"Lump-sum refund", "एकमुष्ट फिर्ता"}),
            Map.entry("RESULT", new String[] {"Result", "नतिजा"}));

    /** Codes a notice names, in words: English, then Nepali. */
    static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("APPROVED", new String[] {"Approved", "स्वीकृत"}),
            Map.entry("REJECTED", new String[] {"Rejected", "अस्वीकृत"}),
            Map.entry("PARTLY_APPROVED", new String[] {"Partly approved", "आंशिक रूपमा स्वीकृत"}),
            Map.entry("OLD_AGE", new String[] {"Old-age pension", "वृद्धावस्था निवृत्तिभरण"}),
            Map.entry("INVALIDITY", new String[] {"Invalidity benefit", "अशक्तता सुविधा"}),
            Map.entry("SURVIVORS", new String[] {"Survivors' benefit", "आश्रित परिवार सुविधा"}),
            Map.entry("EMPLOYMENT_INJURY", new String[] {"Employment injury benefit", "रोजगारीमा चोटपटक सुविधा"}),
            Map.entry("LUMP_SUM_REFUND", new String[] {"Lump-sum refund of contributions", "योगदानको एकमुष्ट फिर्ता"}),
            Map.entry("ENTITLED", new String[] {"entitled", "हकदार"}),
            Map.entry("NOT_ENTITLED", new String[] {"not entitled", "हकदार होइन"}),
            Map.entry(
                    "NO_BENEFIT_OWN_PERIODS_TOO_SHORT",
                    new String[] {"no benefit: own periods too short", "सुविधा छैन: आफ्नै अवधि अपर्याप्त"}),
            Map.entry(
                    "BENEFIT_NOT_COVERED",
                    new String[] {"benefit not covered by the agreement", "सम्झौताले यो सुविधा समेट्दैन"}),
            Map.entry("PRO_RATA", new String[] {"pro-rata share", "समानुपातिक अंश"}),
            Map.entry("INDEPENDENT", new String[] {"own periods alone", "आफ्नै अवधिमा आधारित"}),
            Map.entry("LUMP_SUM", new String[] {"lump-sum refund", "एकमुष्ट फिर्ता"}),
            Map.entry("RETURNEE", new String[] {"the returnee", "स्वदेश फर्किएका व्यक्ति"}),
            Map.entry("SURVIVOR", new String[] {"a survivor", "आश्रित परिवारको सदस्य"}),
            Map.entry("DAYS", new String[] {"days", "दिन"}),
            Map.entry("WEEKS", new String[] {"weeks", "हप्ता"}),
            Map.entry("MONTHS", new String[] {"months", "महिना"}),
            Map.entry("QUARTERS", new String[] {"quarters", "त्रैमासिक"}),
            Map.entry("YEARS", new String[] {"years", "वर्ष"}));

    /** A code in both languages, {@code English / नेपाली}; the code itself when it has no words. */
    static String words(String code) {
        if (code == null) {
            return "—";
        }
        String[] w = WORDS.get(code);
        return w == null ? code : w[0] + " / " + w[1];
    }

    /** A trace step's name in both languages, one per line. */
    static String step(String step) {
        String[] w = STEPS.get(step);
        return w == null ? step : w[0] + "\n" + w[1] + "\n(" + step + ")";
    }

    /** The summary rows: label in both languages, then the value. */
    static List<List<String>> summary(Facts f) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Registry number\nदर्ता नम्बर", f.registryNumber()));
        rows.add(List.of("Name\nनाम", f.name()));
        rows.add(List.of("Claim\nदाबी", f.claimId()));
        rows.add(List.of("Benefit claimed\nदाबी गरिएको सुविधा", words(f.benefit())));
        rows.add(List.of(
                "Claimant\nदाबीकर्ता",
                words(f.claimantKind())
                        + (f.claimantName() == null ? "" : ": " + f.claimantName())
                        + (f.claimantRelationship() == null ? "" : " (" + f.claimantRelationship() + ")")));
        rows.add(List.of("Agreement\nसम्झौता", f.agreementId()));
        rows.add(List.of("Home institution\nस्वदेशी संस्था", f.homeInstitution()));
        rows.add(List.of(
                "Partner institutions\nसाझेदार संस्थाहरू",
                f.institutions().isEmpty() ? "—" : String.join(", ", f.institutions())));
        rows.add(List.of("Decision\nनिर्णय", words(f.decision())));
        rows.add(List.of("Decided on\nनिर्णय मिति", f.decidedAt().toString()));
        rows.add(List.of("Reason\nकारण", f.reason() == null ? "—" : f.reason()));
        rows.add(List.of("Assessment\nमूल्याङ्कन", words(f.outcome())));
        rows.add(List.of(
                "Amount payable\nभुक्तानी हुने रकम",
                f.payableAmount() == null
                        ? "—"
                        : f.payableAmount().toPlainString() + " (" + words(f.payableBasis()) + ")"));
        rows.add(List.of(
                "Periods counted\nगणना गरिएका अवधि",
                f.totalisedPeriods() == null
                        ? "—"
                        : f.totalisedPeriods().stripTrailingZeros().toPlainString() + " " + words(f.unit())));
        rows.add(List.of(
                "Rules applied\nलागू नियम",
                "section version / खण्ड संस्करण " + f.sectionVersion() + ", as of / मिति " + f.assessedAsOf()));
        return rows;
    }

    /** The computation: header, then one row per trace line — the step in words, the engine's own line. */
    static List<List<String>> traceRows(Facts f) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("#", "Step\nचरण", "What was done, with its numbers\nके गरियो, अङ्कसहित"));
        int n = 1;
        for (TraceEntry t : f.trace()) {
            rows.add(List.of(Integer.toString(n++), step(t.step()), printable(t.text())));
        }
        return rows;
    }

    /**
     * The engine's words as the embedded font shows them: it has no glyph for ≥, ≤, ≠ or →, written as {@code >=},
     * {@code <=}, {@code !=} and {@code ->} on the page (the signed JSON keeps the engine's text as it is).
     */
    static String printable(String text) {
        return text.replace("≥", ">=").replace("≤", "<=").replace("≠", "!=").replace("→", "->");
    }

    static byte[] render(Facts f, String keyId, String digest, String verificationUrl) {
        return PdfSheet.titled("Decision notice " + f.noticeId())
                .info("Subject", "Decision on a social security claim / सामाजिक सुरक्षा दाबीको निर्णय सूचना")
                .info("Author", f.issuerName())
                .info("Keywords", "noticeId=" + f.noticeId() + " digest=" + digest + " kid=" + keyId)
                .info("Creator", "Returnee Registry")
                .heading("Decision on your social security claim")
                .heading("तपाईंको सामाजिक सुरक्षा दाबीमाथिको निर्णय")
                .paragraph("Issued / जारी मिति: " + f.issuedAt())
                .paragraph("Issued by / जारी गर्ने निकाय: " + f.issuerName() + " (" + f.issuerCode() + ")")
                .paragraph("Notice id / सूचना नम्बर: " + f.noticeId())
                .table(new float[] {2.2f, 5f}, summary(f))
                .subheading("How the decision was computed / निर्णय कसरी गणना गरियो")
                .paragraph("Every period as it was received, every conversion, every overlap removed and why, each"
                        + " minimum tested and the formula with its numbers, in the order the registry computed them.")
                .paragraph("प्राप्त भएका सबै अवधि, हरेक रूपान्तरण, हटाइएका दोहोरिएका अवधि र त्यसको कारण, जाँचिएका"
                        + " न्यूनतम अवधि र अङ्कसहितको सूत्र, रजिस्ट्रीले गणना गरेकै क्रममा।")
                .table(new float[] {0.5f, 2.2f, 6f}, traceRows(f))
                .paragraph("This notice is signed electronically by the registry (key " + keyId + "). Its signed JSON"
                        + " form carries the same content. Scan the QR code, or verify either form offline with the"
                        + " registry's published keys. To appeal, ask your social security office to reopen the claim.")
                .paragraph(
                        "यो सूचना रजिस्ट्रीद्वारा विद्युतीय रूपमा हस्ताक्षर गरिएको छ। QR कोड स्क्यान गरेर, वा रजिस्ट्रीका"
                                + " प्रकाशित साँचोहरूसँग अफलाइन, यसको सत्यता जाँच्न सकिन्छ। पुनरावेदनका लागि आफ्नो सामाजिक सुरक्षा"
                                + " कार्यालयलाई दाबी पुनः खोल्न अनुरोध गर्नुहोस्।")
                .qrCode(verificationUrl, 96, "Verify / प्रमाणित गर्नुहोस्: " + verificationUrl)
                .note("SHA-256 of the signed payload / हस्ताक्षरित सामग्रीको SHA-256: " + digest)
                .render();
    }

    /** The signed payload: compact JSON, fields in a fixed order. */
    static String payload(Facts f, String keyId, String verificationBase) {
        JsonObjectBuilder person = Json.createObjectBuilder();
        optional(person, "givenName", f.givenName());
        optional(person, "familyName", f.familyName());
        JsonObjectBuilder claimant = Json.createObjectBuilder().add("kind", f.claimantKind());
        optional(claimant, "name", f.claimantName());
        optional(claimant, "relationship", f.claimantRelationship());
        JsonArrayBuilder institutions = Json.createArrayBuilder();
        f.institutions().forEach(institutions::add);
        JsonObjectBuilder claim = Json.createObjectBuilder()
                .add("claimId", f.claimId())
                .add("benefit", f.benefit())
                .add("agreementId", f.agreementId())
                .add("homeInstitution", f.homeInstitution())
                .add("partnerInstitutions", institutions)
                .add("claimant", claimant);
        JsonObjectBuilder decision = Json.createObjectBuilder()
                .add("decision", f.decision())
                .add("decidedAt", f.decidedAt().toString());
        optional(decision, "reason", f.reason());
        optional(decision, "outcome", f.outcome());
        if (f.payableAmount() != null) {
            decision.add("payableAmount", f.payableAmount());
        }
        optional(decision, "payableBasis", f.payableBasis());
        if (f.totalisedPeriods() != null) {
            decision.add("totalisedPeriods", f.totalisedPeriods());
        }
        optional(decision, "unit", f.unit());
        if (f.sectionVersion() != null) {
            decision.add("sectionVersion", f.sectionVersion());
        }
        optional(
                decision,
                "assessedAsOf",
                f.assessedAsOf() == null ? null : f.assessedAsOf().toString());
        JsonArrayBuilder trace = Json.createArrayBuilder();
        for (TraceEntry t : f.trace()) {
            String[] w = STEPS.get(t.step());
            JsonObjectBuilder line = Json.createObjectBuilder().add("step", t.step());
            if (w != null) {
                line.add("stepEn", w[0]).add("stepNe", w[1]);
            }
            trace.add(line.add("text", t.text()));
        }
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("noticeId", f.noticeId())
                .add(
                        "issuer",
                        Json.createObjectBuilder().add("code", f.issuerCode()).add("name", f.issuerName()))
                .add("issuedAt", f.issuedAt().toString())
                .add("kid", keyId)
                .add("registryNumber", f.registryNumber())
                .add("name", person)
                .add("claim", claim)
                .add("decision", decision)
                .add("trace", trace)
                .add("verification", verificationBase)
                .build()
                .toString();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
