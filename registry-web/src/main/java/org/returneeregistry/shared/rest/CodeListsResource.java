package org.returneeregistry.shared.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returneeregistry.shared.codelist.CodeListService;

/** The published code lists, the same values the XSD enumerations carry. */
@Singleton
@Path("code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code lists", description = "The code lists the contracts use")
public class CodeListsResource {

    public record CodeListRef(String name, String xmlType, String description, int size) {}

    @EJB
    private CodeListService codeLists;

    @GET
    @Operation(operationId = "listCodeLists", summary = "List the code lists")
    @APIResponse(
            responseCode = "200",
            description = "The code lists",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CodeListRef.class)))
    public List<CodeListRef> index() {
        return codeLists.all().stream()
                .map(l -> new CodeListRef(
                        l.name(), l.xmlType(), l.description(), l.entries().size()))
                .toList();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getCodeList", summary = "Read one code list with its codes")
    @APIResponse(
            responseCode = "200",
            description = "The code list with its codes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CodeListDetail.class)))
    public CodeListDetail list(@PathParam("name") String name) {
        return CodeListDetail.from(codeLists.find(name));
    }
}
