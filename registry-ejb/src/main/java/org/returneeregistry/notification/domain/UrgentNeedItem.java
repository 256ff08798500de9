package org.returneeregistry.notification.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** A need the mission flags for attention on arrival. */
public record UrgentNeedItem(@NotNull @Code("urgent-need") String need, @Text(multiLine = true) @Size(min = 1, max = 1000) String note) {
}
