package org.returneeregistry.returnee.domain;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** How to reach the person after return. */
public record Contact(
        @Pattern(regexp = "\\+[0-9]{6,15}", message = "must be an international number such as +9779812345678") String phone,
        @Text @Size(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+", message = "must be an e-mail address") String email,
        @Text @Size(min = 1, max = 200) String address) {
}
