package org.returneeregistry.node.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The node's pages: one plain layout, every value escaped, a per-session token on every form. */
final class Html {

    static final String CSRF = "csrf";

    private Html() {}

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The bilingual label "English / नेपाली". */
    static String label(String en, String ne) {
        return esc(en) + " <span lang=\"ne\">/ " + esc(ne) + "</span>";
    }

    static void write(HttpServletResponse response, String title, String body) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                        + " — Mission node</title><style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
                        + "label{display:block;margin-top:.6rem;font-weight:bold}.error{color:#a00000}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .4rem;text-align:left}</style>"
                        + "</head><body><main>" + body + "</main><footer><p>"
                        + label("Returnee Registry mission node", "फिर्ती दर्ता नियोग नोड")
                        + "</p></footer></body></html>");
    }

    /** Who is logged in, the officers' page and the log-out button: at the top of the officers' pages. */
    static String officerBar(HttpServletRequest request) {
        return "<p>" + label("Officer", "अधिकारी") + ": "
                + esc(request.getUserPrincipal().getName())
                + " · <a href=\"officers\" id=\"officers-link\">" + label("Officers", "अधिकारीहरू")
                + "</a></p><form method=\"post\" action=\"logout\">" + csrfField(request)
                + "<button type=\"submit\" id=\"logout\">" + label("Log out", "लग आउट") + "</button></form>";
    }

    /** The session's form token, made on first use. */
    static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(CSRF, token);
        }
        return token;
    }

    static String csrfField(HttpServletRequest request) {
        return "<input type=\"hidden\" name=\"" + CSRF + "\" value=\"" + csrfToken(request) + "\">";
    }

    /** True when a form post carries the session's token. */
    static boolean csrfOk(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CSRF);
        String given = request.getParameter(CSRF);
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(), given.getBytes());
    }
}
