package org.returneeregistry.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs a person out of the console and of the identity provider (OpenID Connect RP-initiated logout): the
 * session ends here, then Keycloak ends its own and sends the browser back to the console's start, which asks
 * for a new sign-in. The identity token passed as the hint names the person by an opaque subject only (the
 * client asks for no profile scope), so the address carries no personal data.
 */
@Named("signOut")
@RequestScoped
public class SignOut {

    public void now() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String idToken = request.getUserPrincipal() instanceof ConsolePerson person ? person.idToken() : null;
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        String endSession = null;
        OpenIdSignIn module = SignInRegistration.module();
        if (module != null) {
            endSession = module.metadata().getString("end_session_endpoint", null);
        }
        request.logout();
        external.invalidateSession();
        if (endSession == null || idToken == null) {
            external.redirect(back);
        } else {
            external.redirect(
                    endSession + "?id_token_hint=" + encode(idToken) + "&post_logout_redirect_uri=" + encode(back));
        }
        faces.responseComplete();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
