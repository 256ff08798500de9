package org.returneeregistry.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Sends a file as the answer to a form's action (an export), instead of a page. */
public final class Downloads {

    private Downloads() {}

    public static void send(String fileName, String contentType, String body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType + "; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        external.setResponseContentLength(bytes.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    /** Sends a binary file (a signed PDF) as the answer to a form's action. */
    public static void sendBytes(String fileName, String contentType, byte[] bytes) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseContentLength(bytes.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    /** Something that writes a download's body as it goes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Sends a file written as it is produced (no length known beforehand), so a long export is never held in memory
     * whole.
     */
    public static void stream(String fileName, String contentType, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType + "; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            body.writeTo(out);
        }
        faces.responseComplete();
    }
}
