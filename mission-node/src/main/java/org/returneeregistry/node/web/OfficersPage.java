package org.returneeregistry.node.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.returneeregistry.node.officer.Officers;

/**
 * The mission's officers: who may use this node, who added them, who was disabled and by whom. Any officer adds
 * another (name, password typed twice; mistakes shown at their field) or disables one who has left the mission —
 * never themselves, so the node always keeps an active officer. A disabled officer cannot log in, their open
 * sessions end at the next request ({@link ActiveOfficers}), and the name is never given to anyone else.
 */
@WebServlet("/officers")
public class OfficersPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Officers officers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, "", Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!Html.csrfOk(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "the form is out of date: open it again");
            return;
        }
        String me = request.getUserPrincipal().getName();
        String disable = request.getParameter("disable");
        if (disable != null) {
            try {
                officers.disable(disable, me);
            } catch (IllegalArgumentException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                page(request, response, "", Map.of("disable", e.getMessage()));
                return;
            }
            redirect(request, response, "disabled", disable);
            return;
        }
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String repeated = request.getParameter("password2");
        Map<String, String> problems =
                new LinkedHashMap<>(Officers.problems(username, password == null ? null : password.toCharArray()));
        if (!problems.containsKey("password") && !password.equals(repeated)) {
            problems.put("password2", "the two passwords differ");
        }
        if (problems.isEmpty() && !officers.create(username, password.toCharArray(), me)) {
            problems.put("username", "an officer of that name exists (names of disabled officers are not reused)");
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(request, response, username, problems);
            return;
        }
        redirect(request, response, "added", username);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String what, String who)
            throws IOException {
        response.sendRedirect(
                request.getContextPath() + "/officers?" + what + "=" + URLEncoder.encode(who, StandardCharsets.UTF_8));
    }

    private void page(
            HttpServletRequest request, HttpServletResponse response, String username, Map<String, String> problems)
            throws IOException {
        String me = request.getUserPrincipal().getName();
        StringBuilder b = new StringBuilder();
        b.append(Html.officerBar(request))
                .append("<p><a href=\"./\">")
                .append(Html.label("Back to the list", "सूचीमा फर्कनुहोस्"))
                .append("</a></p><h1>")
                .append(Html.label("Officers of this node", "यो नोडका अधिकारीहरू"))
                .append("</h1>");
        status(b, request, "added", "Officer added", "अधिकारी थपियो");
        status(b, request, "disabled", "Officer disabled", "अधिकारी निष्क्रिय गरियो");
        if (problems.containsKey("disable")) {
            b.append("<p class=\"error\" role=\"alert\" id=\"disable-error\">")
                    .append(Html.esc(problems.get("disable")))
                    .append("</p>");
        }
        b.append("<table id=\"officers\" aria-labelledby=\"officers-heading\"><caption id=\"officers-heading\">")
                .append(Html.label("Officers", "अधिकारीहरू"))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(Html.label("Name", "नाम"))
                .append("</th><th scope=\"col\">")
                .append(Html.label("Added", "थपिएको"))
                .append("</th><th scope=\"col\">")
                .append(Html.label("Status", "स्थिति"))
                .append("</th><th scope=\"col\">")
                .append(Html.label("Action", "कार्य"))
                .append("</th></tr></thead><tbody>");
        for (Officers.Officer o : officers.all()) {
            b.append("<tr id=\"officer-")
                    .append(Html.esc(o.username()))
                    .append("\"><td>")
                    .append(Html.esc(o.username()))
                    .append("</td><td>")
                    .append(Html.esc(o.addedAt().toString()))
                    .append(" — ")
                    .append(o.addedBy() == null ? "set-up" : Html.esc(o.addedBy()))
                    .append("</td><td>");
            if (o.active()) {
                b.append(Html.label("active", "सक्रिय"));
            } else {
                b.append(Html.label("disabled", "निष्क्रिय"))
                        .append(" ")
                        .append(Html.esc(o.disabledAt().toString()))
                        .append(" — ")
                        .append(Html.esc(o.disabledBy()));
            }
            b.append("</td><td>");
            if (o.active() && !o.username().equals(me)) {
                b.append("<form method=\"post\" action=\"officers\">")
                        .append(Html.csrfField(request))
                        .append("<input type=\"hidden\" name=\"disable\" value=\"")
                        .append(Html.esc(o.username()))
                        .append("\"><button type=\"submit\" id=\"disable-")
                        .append(Html.esc(o.username()))
                        .append("\">")
                        .append(Html.label("Disable", "निष्क्रिय गर्नुहोस्"))
                        .append("</button></form>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table><h2 id=\"add-heading\">")
                .append(Html.label("Add an officer", "अधिकारी थप्नुहोस्"))
                .append("</h2>");
        if (!problems.isEmpty() && !problems.containsKey("disable")) {
            b.append("<p class=\"error\" role=\"alert\" id=\"errors\">")
                    .append(Html.label(
                            problems.size() + " field(s) to correct", problems.size() + " वटा क्षेत्र सच्याउनुहोस्"))
                    .append("</p>");
        }
        b.append("<form method=\"post\" action=\"officers\" aria-labelledby=\"add-heading\" novalidate>")
                .append(Html.csrfField(request));
        field(b, "username", "Name", "नाम", "text", "off", username, problems);
        field(
                b,
                "password",
                "Password (at least 12 characters)",
                "पासवर्ड (कम्तीमा १२ अक्षर)",
                "password",
                "new-password",
                "",
                problems);
        field(b, "password2", "Password again", "पासवर्ड फेरि", "password", "new-password", "", problems);
        b.append("<p><button type=\"submit\" id=\"add\">")
                .append(Html.label("Add", "थप्नुहोस्"))
                .append("</button></p></form>");
        Html.write(response, "Officers", b.toString());
    }

    private static void status(StringBuilder b, HttpServletRequest request, String parameter, String en, String ne) {
        String who = request.getParameter(parameter);
        if (who != null) {
            b.append("<p role=\"status\" id=\"")
                    .append(parameter)
                    .append("\">")
                    .append(Html.label(en, ne))
                    .append(": <code>")
                    .append(Html.esc(who))
                    .append("</code></p>");
        }
    }

    private static void field(
            StringBuilder b,
            String name,
            String en,
            String ne,
            String type,
            String autocomplete,
            String value,
            Map<String, String> problems) {
        String problem = problems.get(name);
        b.append("<label for=\"")
                .append(name)
                .append("\">")
                .append(Html.label(en, ne))
                .append("</label><input id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\" type=\"")
                .append(type)
                .append("\" autocomplete=\"")
                .append(autocomplete)
                .append("\" required value=\"")
                .append(Html.esc(value))
                .append("\"")
                .append(problem == null ? "" : " aria-invalid=\"true\" aria-describedby=\"" + name + "-error\"")
                .append(">");
        if (problem != null) {
            b.append("<span class=\"error\" id=\"")
                    .append(name)
                    .append("-error\">")
                    .append(Html.esc(problem))
                    .append("</span>");
        }
    }
}
