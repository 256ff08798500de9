package org.returneeregistry.notification.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** A registrar's decision on a held notification, and why: kept with the notification and in the returnee's history. */
public record ResolveReview(@NotBlank @Text(multiLine = true) @Size(max = 1000) String reason) {
}
