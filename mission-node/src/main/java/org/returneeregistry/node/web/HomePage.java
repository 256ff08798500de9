package org.returneeregistry.node.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.returneeregistry.node.capture.Captured;
import org.returneeregistry.node.capture.CapturedNotifications;
import org.returneeregistry.node.sync.SyncReport;
import org.returneeregistry.node.sync.Synchroniser;

/** What the node holds: waiting, sent, in conflict; and the "sync now" button. */
@WebServlet(urlPatterns = {"", "/sync"})
public class HomePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CapturedNotifications notifications;

    @Inject
    transient Synchroniser synchroniser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/sync".equals(request.getServletPath()) || !Html.csrfOk(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        SyncReport report = synchroniser.sync();
        request.getSession().setAttribute("lastSync", report);
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Captured> all = notifications.all();
        StringBuilder b = new StringBuilder();
        b.append("<h1>")
                .append(Html.label("Mission node", "नियोग नोड"))
                .append(" ")
                .append(Html.esc(notifications.missionCode()))
                .append("</h1>");
        b.append(Html.officerBar(request));
        String saved = request.getParameter("saved");
        if (saved != null) {
            b.append("<p role=\"status\" id=\"saved\">")
                    .append(Html.label("Saved on this node", "यो नोडमा सुरक्षित भयो"))
                    .append(": <code>")
                    .append(Html.esc(saved))
                    .append("</code></p>");
        }
        Object last = request.getSession().getAttribute("lastSync");
        if (last instanceof SyncReport r) {
            b.append("<p role=\"status\" id=\"last-sync\">")
                    .append(Html.label("Last sync", "अन्तिम पठाइ"))
                    .append(": ")
                    .append(
                            r.linkProblem() == null
                                    ? r.sent() + " sent, " + r.acknowledged() + " acknowledged, "
                                            + (r.conflicts() + r.refused()) + " in conflict"
                                    : "registry not reachable (" + Html.esc(r.linkProblem()) + ")")
                    .append("</p>");
        }
        b.append("<p><a href=\"capture\" id=\"new-notification\">")
                .append(Html.label("New return notification", "नयाँ फिर्ती सूचना"))
                .append("</a></p>");
        b.append("<form method=\"post\" action=\"sync\">")
                .append(Html.csrfField(request))
                .append("<button type=\"submit\" id=\"sync-now\">")
                .append(Html.label("Sync now", "अहिले पठाउनुहोस्"))
                .append("</button></form>");
        section(
                b,
                "conflicts",
                "In conflict: correct as a new notification",
                "विवादमा: नयाँ सूचनाको रूपमा सच्याउनुहोस्",
                all.stream()
                        .filter(c -> (c.status().equals(CapturedNotifications.CONFLICT)
                                        || c.status().equals(CapturedNotifications.REFUSED))
                                && c.correctedBy() == null)
                        .toList(),
                true);
        section(
                b,
                "waiting",
                "Waiting to be sent",
                "पठाउन बाँकी",
                all.stream()
                        .filter(c -> c.status().equals(CapturedNotifications.WAITING))
                        .toList(),
                false);
        section(
                b,
                "sent",
                "Sent",
                "पठाइएको",
                all.stream()
                        .filter(c -> c.status().equals(CapturedNotifications.ACKNOWLEDGED)
                                || c.status().equals(CapturedNotifications.HELD)
                                || c.correctedBy() != null)
                        .toList(),
                false);
        Html.write(response, "Notifications", b.toString());
    }

    private static void section(
            StringBuilder b, String id, String en, String ne, List<Captured> rows, boolean correct) {
        b.append("<h2 id=\"")
                .append(id)
                .append("-heading\">")
                .append(Html.label(en, ne))
                .append(" (")
                .append(rows.size())
                .append(")</h2>");
        if (rows.isEmpty()) {
            return;
        }
        b.append("<table id=\"")
                .append(id)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-heading\"><thead><tr><th>Notification</th><th>Name</th><th>Captured</th><th>Status</th>"
                        + "<th>Registry number</th><th>Consent</th><th>Registry's answer</th></tr></thead><tbody>");
        for (Captured c : rows) {
            b.append("<tr id=\"row-")
                    .append(Html.esc(c.notificationId()))
                    .append("\"><td><code>")
                    .append(Html.esc(c.notificationId()))
                    .append("</code></td><td>")
                    .append(c.purged() ? "<i>purged</i>" : Html.esc(c.displayName()))
                    .append("</td><td>")
                    .append(Html.esc(c.capturedAt().toString()))
                    .append("</td><td>")
                    .append(Html.esc(c.status()))
                    .append(c.registryStatus() == null ? "" : " (" + Html.esc(c.registryStatus()) + ")")
                    .append("</td><td>")
                    .append(Html.esc(c.registryNumber()))
                    .append("</td><td>")
                    .append(Html.esc(c.consentStatus()))
                    .append("</td><td>")
                    .append(Html.esc(c.problemCode()))
                    .append(
                            c.problem() == null
                                    ? ""
                                    : " <details><summary>details</summary><pre>" + Html.esc(c.problem())
                                            + "</pre></details>");
            if (correct) {
                b.append(" <a href=\"capture?corrects=")
                        .append(Html.esc(c.notificationId()))
                        .append("\">")
                        .append(Html.label("Correct", "सच्याउनुहोस्"))
                        .append("</a>");
            }
            if (c.correctedBy() != null) {
                b.append(" corrected by <code>")
                        .append(Html.esc(c.correctedBy()))
                        .append("</code>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
    }
}
