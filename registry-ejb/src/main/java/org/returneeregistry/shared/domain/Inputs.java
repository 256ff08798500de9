package org.returneeregistry.shared.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lists as they arrive in commands. A null element is kept, not rejected on construction, so that
 * validation can name it ({@code urgentNeeds[0]: must not be null}) with the other violations.
 */
public final class Inputs {

    private Inputs() {
    }

    public static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
