package org.returneeregistry.node.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.returneeregistry.node.capture.CapturedNotifications;
import org.returneeregistry.node.capture.CodeLists;
import org.returneeregistry.node.capture.Draft;

/**
 * The capture form: a return notification with the cached code lists, checked at the node (errors next to their
 * fields), saved in the node's store before the officer is told so. With {@code ?corrects=ID} it starts from a
 * notification the registry refused, and saving it makes a new notification that replaces that one.
 */
@WebServlet("/capture")
public class CapturePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A form field: its label in English and Nepali, and its code list or input type. */
    record Field(String name, String en, String ne, String list, String type) {}

    static final List<Field> FIELDS = List.of(
            new Field("givenName", "Given name", "पहिलो नाम", null, "text"),
            new Field("familyName", "Family name", "थर", null, "text"),
            new Field("dateOfBirth", "Date of birth", "जन्म मिति", null, "date"),
            new Field("sex", "Sex", "लिङ्ग", "sex", null),
            new Field("idType", "Identity document", "परिचय पत्रको प्रकार", "identifier-type", null),
            new Field("idNumber", "Document number", "परिचय पत्र नम्बर", null, "text"),
            new Field("idCountry", "Issuing country", "जारी गर्ने देश", "country", null),
            new Field("homeDistrict", "Home district", "गृह जिल्ला", null, "text"),
            new Field("phone", "Phone", "फोन", null, "tel"),
            new Field("destinationCountry", "Country of work", "काम गरेको देश", "country", null),
            new Field("employer", "Employer", "रोजगारदाता", null, "text"),
            new Field("occupation", "Occupation", "पेशा", "isco-occupation", null),
            new Field("sector", "Sector", "क्षेत्र", "isic-section", null),
            new Field("channel", "Migration channel", "आप्रवासनको माध्यम", "migration-channel", null),
            new Field("departureDate", "Departure from home", "घरबाट प्रस्थान मिति", null, "date"),
            new Field("endDate", "End of employment", "रोजगारी अन्त्य मिति", null, "date"),
            new Field("returnModality", "Kind of return", "फिर्तीको प्रकार", "return-modality", null),
            new Field("returnReason", "Reason for return", "फिर्तीको कारण", null, "textarea"),
            new Field("expectedArrivalDate", "Expected arrival", "अपेक्षित आगमन मिति", null, "date"),
            new Field("portOfEntry", "Port of entry", "प्रवेश विन्दु", null, "text"),
            new Field("urgentNeed", "Urgent need", "तत्काल आवश्यकता", "urgent-need", null),
            new Field("urgentNote", "Note on the need", "आवश्यकताबारे टिप्पणी", null, "textarea"),
            new Field(
                    "consentFormHash",
                    "Signed consent form: SHA-256",
                    "हस्ताक्षरित सहमति फारामको SHA-256",
                    null,
                    "text"));

    static final List<String> REQUIRED = List.of(
            "givenName",
            "dateOfBirth",
            "sex",
            "idType",
            "idNumber",
            "idCountry",
            "destinationCountry",
            "returnModality",
            "expectedArrivalDate");

    @Inject
    transient CapturedNotifications notifications;

    @Inject
    transient CodeLists codeLists;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String corrects = request.getParameter("corrects");
        Draft draft = corrects == null
                ? Draft.of(name -> null)
                : notifications.payload(corrects).map(Draft::fromRegistryJson).orElse(Draft.of(name -> null));
        form(request, response, draft, Map.of(), corrects);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!Html.csrfOk(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "the form is out of date: open it again");
            return;
        }
        Draft draft = Draft.of(request::getParameter);
        String corrects = blankToNull(request.getParameter("corrects"));
        CapturedNotifications.Saved saved =
                notifications.capture(draft, request.getUserPrincipal().getName(), corrects);
        if (saved.ok()) {
            response.sendRedirect(request.getContextPath() + "/?saved=" + saved.notificationId());
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            form(request, response, draft, saved.errors(), corrects);
        }
    }

    private void form(
            HttpServletRequest request,
            HttpServletResponse response,
            Draft draft,
            Map<String, String> errors,
            String corrects)
            throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"./\">")
                .append(Html.label("Back to the list", "सूचीमा फर्कनुहोस्"))
                .append("</a></p>");
        b.append("<h1>")
                .append(Html.label("Return notification", "फिर्ती सूचना"))
                .append("</h1>");
        if (corrects != null) {
            b.append("<p>")
                    .append(Html.label("Correcting", "सच्याउँदै"))
                    .append(" <code>")
                    .append(Html.esc(corrects))
                    .append("</code></p>");
        }
        if (!errors.isEmpty()) {
            b.append("<p class=\"error\" role=\"alert\" id=\"errors\">")
                    .append(Html.label(
                            errors.size() + " field(s) to correct", errors.size() + " वटा क्षेत्र सच्याउनुहोस्"))
                    .append("</p>");
        }
        b.append("<form method=\"post\" action=\"capture\" novalidate>").append(Html.csrfField(request));
        if (corrects != null) {
            b.append("<input type=\"hidden\" name=\"corrects\" value=\"")
                    .append(Html.esc(corrects))
                    .append("\">");
        }
        for (Field f : FIELDS) {
            String value = draft.get(f.name());
            String error = errors.get(f.name());
            String described =
                    error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"" + f.name() + "-error\"";
            String required = REQUIRED.contains(f.name()) ? " required" : "";
            b.append("<label for=\"")
                    .append(f.name())
                    .append("\">")
                    .append(Html.label(f.en(), f.ne()))
                    .append(required.isEmpty() ? "" : " *")
                    .append("</label>");
            if (f.list() != null) {
                b.append("<select id=\"")
                        .append(f.name())
                        .append("\" name=\"")
                        .append(f.name())
                        .append("\"")
                        .append(described)
                        .append(required)
                        .append("><option value=\"\"></option>");
                for (Map.Entry<String, String> e : codeLists.codes(f.list()).entrySet()) {
                    b.append("<option value=\"")
                            .append(Html.esc(e.getKey()))
                            .append("\"")
                            .append(e.getKey().equals(value) ? " selected" : "")
                            .append(">")
                            .append(Html.esc(e.getKey()))
                            .append(e.getValue().isEmpty() ? "" : " — " + Html.esc(e.getValue()))
                            .append("</option>");
                }
                b.append("</select>");
            } else if ("textarea".equals(f.type())) {
                b.append("<textarea id=\"")
                        .append(f.name())
                        .append("\" name=\"")
                        .append(f.name())
                        .append("\" rows=\"3\" cols=\"60\"")
                        .append(described)
                        .append(">")
                        .append(Html.esc(value))
                        .append("</textarea>");
            } else {
                b.append("<input id=\"")
                        .append(f.name())
                        .append("\" name=\"")
                        .append(f.name())
                        .append("\" type=\"")
                        .append(f.type())
                        .append("\" value=\"")
                        .append(Html.esc(value))
                        .append("\"")
                        .append(described)
                        .append(required)
                        .append(">");
            }
            if (error != null) {
                b.append("<span class=\"error\" id=\"")
                        .append(f.name())
                        .append("-error\">")
                        .append(Html.esc(error))
                        .append("</span>");
            }
        }
        if (errors.containsKey("corrects")) {
            b.append("<p class=\"error\">")
                    .append(Html.esc(errors.get("corrects")))
                    .append("</p>");
        }
        b.append("<p><button type=\"submit\" id=\"save\">")
                .append(Html.label("Save", "सुरक्षित गर्नुहोस्"))
                .append("</button></p></form>");
        Html.write(response, "Return notification", b.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
