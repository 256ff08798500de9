package org.returneeregistry.planted.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.returneeregistry.returnee.application.ReturneeView;
import org.returneeregistry.returnee.domain.PersonName;
import org.returneeregistry.shared.domain.DataCategory;

/** A REST resource that leaks application and domain types onto the wire, for the rule's own test. */
@Path("planted")
public class PlantedResource {

    /** A transfer type that looks innocent but embeds a domain record. */
    public record Envelope(String note, List<PersonName> names) {}

    @GET
    public List<ReturneeView> leaksAnApplicationRecord() {
        return List.of();
    }

    @POST
    public void takesADomainRecordInsideAWrapper(Envelope body) {
        // planted
    }

    @GET
    @Path("categories")
    public DataCategory leaksADomainEnumeration() {
        return DataCategory.IDENTITY;
    }

    @GET
    @Path("fine")
    public List<String> answersOnlyJavaTypes() {
        return List.of();
    }
}
