package org.returneeregistry.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;

/**
 * Answers the expired page for a view that cannot be restored — its state gone ({@link ViewExpiredException}) or a
 * protected view posted without the console's token, as a form of another site does ({@link
 * ProtectedViewException}, with status 403). Faces wraps both in other exceptions before the servlet container sees
 * them, so the {@code web.xml} mappings by exception type do not match and the person would get the error page;
 * this handler unwraps them. Every other exception goes on to the container's error pages unchanged.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_VIEW = "/expired.xhtml";

    public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            Optional<Throwable> expired = expiredCause(thrown);
            if (expired.isPresent() && faces != null && !faces.getResponseComplete()) {
                events.remove();
                if (expired.get() instanceof ProtectedViewException) {
                    faces.getExternalContext().setResponseStatus(403);
                }
                UIViewRoot page = faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW);
                faces.setViewRoot(page);
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** The expired or protected view exception {@code thrown} is or wraps, if any. */
    static Optional<Throwable> expiredCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProtectedViewException || t instanceof ViewExpiredException) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Registered in {@code faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
