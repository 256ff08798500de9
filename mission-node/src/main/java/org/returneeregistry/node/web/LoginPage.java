package org.returneeregistry.node.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The officers' login form; Jakarta Security's form mechanism checks it against the node's accounts. */
@WebServlet("/login")
public class LoginPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String failed = request.getParameter("failed") == null
                ? ""
                : "<p class=\"error\" role=\"alert\" id=\"login-failed\">"
                        + Html.label(
                                "Wrong name or password. After 5 failed attempts a name waits 5 minutes.",
                                "गलत नाम वा पासवर्ड। ५ पटक असफल भएपछि ५ मिनेट पर्खनुपर्छ।")
                        + "</p>";
        Html.write(
                response,
                "Log in",
                "<h1>" + Html.label("Mission node", "नियोग नोड") + "</h1>" + failed
                        + "<form method=\"post\" action=\"j_security_check\">"
                        + "<label for=\"u\">" + Html.label("Officer", "अधिकारी") + "</label>"
                        + "<input id=\"u\" name=\"j_username\" autocomplete=\"username\" required>"
                        + "<label for=\"p\">" + Html.label("Password", "पासवर्ड") + "</label>"
                        + "<input id=\"p\" name=\"j_password\" type=\"password\" autocomplete=\"current-password\" required>"
                        + "<p><button type=\"submit\" id=\"login\">" + Html.label("Log in", "लग इन")
                        + "</button></p></form>");
    }
}
