package org.returneeregistry.console;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

/**
 * Installs {@link OpenIdSignIn} as the console's authentication, for its context only (Jakarta Authentication's
 * servlet profile: layer {@code HttpServlet}, application context "virtual server + context path"); removes it
 * when the console stops.
 */
@WebListener
public class SignInRegistration implements ServletContextListener {

    private static final String LAYER = "HttpServlet";
    private static volatile OpenIdSignIn installed;
    private String registration;

    /** The module installed for the console, for sign-out (the identity provider's end-session endpoint). */
    static OpenIdSignIn module() {
        return installed;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        OpenIdSignIn module = new OpenIdSignIn(ConsoleSignIn.fromConfig());
        installed = module;
        registration = AuthConfigFactory.getFactory()
                .registerConfigProvider(
                        new Provider(module),
                        LAYER,
                        context.getVirtualServerName() + " " + context.getContextPath(),
                        "Returnee Registry console: OpenID Connect sign-in");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (registration != null) {
            AuthConfigFactory.getFactory().removeRegistration(registration);
        }
    }

    /** The one module, for every request of the context. */
    private record Provider(OpenIdSignIn module) implements AuthConfigProvider {

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler) {
            return null;
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler) {
            return new ServerAuthConfig() {
                @Override
                @SuppressWarnings("rawtypes")
                public ServerAuthContext getAuthContext(String authContextID, Subject service, Map properties)
                        throws AuthException {
                    module.initialize(null, null, handler, properties);
                    return new ServerAuthContext() {
                        @Override
                        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject server)
                                throws AuthException {
                            return module.validateRequest(message, client, server);
                        }

                        @Override
                        public AuthStatus secureResponse(MessageInfo message, Subject server) {
                            return module.secureResponse(message, server);
                        }

                        @Override
                        public void cleanSubject(MessageInfo message, Subject subject) {
                            module.cleanSubject(message, subject);
                        }
                    };
                }

                @Override
                public String getMessageLayer() {
                    return LAYER;
                }

                @Override
                public String getAppContext() {
                    return appContext;
                }

                @Override
                public String getAuthContextID(MessageInfo messageInfo) {
                    return appContext;
                }

                @Override
                public void refresh() {}

                @Override
                public boolean isProtected() {
                    return false;
                }
            };
        }

        @Override
        public void refresh() {}
    }
}
