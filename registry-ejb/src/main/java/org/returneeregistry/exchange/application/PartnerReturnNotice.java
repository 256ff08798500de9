package org.returneeregistry.exchange.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** A return notice's content: the worker, the employment abroad, how and when the worker left. */
public record PartnerReturnNotice(
        @NotNull @Valid PersonDetails person,
        @NotNull @Valid Employment employment,
        @NotNull @Code("return-modality") String returnModality,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String returnReason,
        @NotNull LocalDate exitDate,
        @Text @Size(min = 1, max = 64) String portOfEntry) {}
