package org.returneeregistry.shared.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Maps between the REST transfer types and the application's types without changing what the JSON says:
 * an absent value stays absent ({@code null}, not an empty list), a {@code null} element of a list stays
 * {@code null} (validation names it), and the order of a collection is kept.
 */
public final class Wire {

    private Wire() {}

    public static <A, B> B one(A value, Function<? super A, ? extends B> map) {
        return value == null ? null : map.apply(value);
    }

    public static <A, B> List<B> list(Collection<A> values, Function<? super A, ? extends B> map) {
        if (values == null) {
            return null;
        }
        List<B> mapped = new ArrayList<>(values.size());
        for (A value : values) {
            mapped.add(value == null ? null : map.apply(value));
        }
        return Collections.unmodifiableList(mapped);
    }

    /** The names of enumeration values, in the collection's order: codes on the wire, never the Java type. */
    public static List<String> names(Collection<? extends Enum<?>> values) {
        return list(values, Enum::name);
    }
}
