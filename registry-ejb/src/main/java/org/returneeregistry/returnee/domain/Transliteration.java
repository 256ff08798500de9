package org.returneeregistry.returnee.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** The person's name written in another script (ISO 15924 code, e.g. Deva). */
public record Transliteration(
        @NotNull @Pattern(regexp = "[A-Z][a-z]{3}", message = "must be an ISO 15924 script code such as Deva") String script,
        @Text @NotBlank @Size(max = 200) String fullName) {
}
