package org.returneeregistry.node.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not a JSON object is the caller's mistake: 400, not a server error. */
@Provider
public class MalformedJson implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("error", "the body is not a JSON object")
                        .build())
                .build();
    }
}
