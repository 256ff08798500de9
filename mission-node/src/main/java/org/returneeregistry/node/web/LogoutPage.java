package org.returneeregistry.node.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Logs the officer out (a form post with the session's token): the session ends and the browser is sent to the
 * login page, so the next person at a shared mission laptop starts from there.
 */
@WebServlet("/logout")
public class LogoutPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!Html.csrfOk(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "the form is out of date: open it again");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + "/");
    }
}
