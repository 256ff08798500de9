package org.returneeregistry.shared.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeListService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published code lists, the same values the XSD enumerations carry. */
@Path("code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code lists", description = "The code lists the contracts use")
public class CodeListsResource {

    public record CodeListRef(String name, String xmlType, String description, int size) {
    }

    @EJB
    private CodeListService codeLists;

    @GET
    @Operation(operationId = "listCodeLists", summary = "List the code lists")
    public List<CodeListRef> index() {
        return codeLists.all().stream()
                .map(l -> new CodeListRef(l.name(), l.xmlType(), l.description(), l.entries().size())).toList();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getCodeList", summary = "Read one code list with its codes")
    public CodeList list(@PathParam("name") String name) {
        return codeLists.find(name);
    }
}
