package org.returneeregistry.shared.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables, columns and sequences the JPA mapping expects, read from the entity annotations.
 * The schema is written by hand in migrations; this is what it has to agree with.
 */
final class MappedSchema {

    /** A mapped column; {@code mapping} is null for id, join and order columns, which have no {@link Column}. */
    record MappedColumn(String table, String name, Class<?> javaType, Column mapping) {
        @Override
        public String toString() {
            return table + "." + name;
        }
    }

    record MappedSequence(String name, int allocationSize) {}

    private final Set<String> tables = new TreeSet<>();
    private final List<MappedColumn> columns = new ArrayList<>();
    private final Set<MappedSequence> sequences = new HashSet<>();

    private MappedSchema() {}

    /** The schema of the given entities and every entity they reach through their relationships. */
    static MappedSchema reachableFrom(Class<?>... roots) {
        MappedSchema schema = new MappedSchema();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(roots));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> entity = pending.pop();
            if (seen.add(entity)) {
                pending.addAll(schema.addEntity(entity));
            }
        }
        return schema;
    }

    Set<String> tables() {
        return tables;
    }

    List<MappedColumn> columns() {
        return columns;
    }

    Set<MappedSequence> sequences() {
        return sequences;
    }

    /** Adds the entity's table and columns; answers the entities it refers to. */
    private List<Class<?>> addEntity(Class<?> entity) {
        if (!entity.isAnnotationPresent(Entity.class)) {
            throw new IllegalArgumentException(entity + " is not an entity");
        }
        String table = lower(entity.getAnnotation(Table.class).name());
        tables.add(table);
        List<Class<?>> related = new ArrayList<>();
        for (Field field : entity.getDeclaredFields()) {
            if (field.isAnnotationPresent(Id.class)) {
                Column named = field.getAnnotation(Column.class);
                columns.add(new MappedColumn(
                        table, lower(named == null ? field.getName() : named.name()), field.getType(), null));
            }
            SequenceGenerator generator = field.getAnnotation(SequenceGenerator.class);
            if (generator != null) {
                sequences.add(new MappedSequence(lower(generator.sequenceName()), generator.allocationSize()));
            }
            if (!field.isAnnotationPresent(ElementCollection.class)) {
                addColumn(table, field);
            }
            if (field.isAnnotationPresent(Embedded.class)) {
                addEmbeddable(table, field.getType(), overrides(field));
            }
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            if (field.isAnnotationPresent(ManyToOne.class)) {
                columns.add(new MappedColumn(table, lower(join.name()), Long.class, null));
                related.add(field.getType());
            }
            if (field.isAnnotationPresent(OneToMany.class)) {
                related.add(elementType(field));
            }
            if (field.isAnnotationPresent(ElementCollection.class)) {
                addCollectionTable(field);
            }
        }
        return related;
    }

    private void addCollectionTable(Field field) {
        CollectionTable collection = field.getAnnotation(CollectionTable.class);
        String table = lower(collection.name());
        tables.add(table);
        for (JoinColumn join : collection.joinColumns()) {
            columns.add(new MappedColumn(table, lower(join.name()), Long.class, null));
        }
        OrderColumn order = field.getAnnotation(OrderColumn.class);
        if (order != null) {
            columns.add(new MappedColumn(table, lower(order.name()), Integer.class, null));
        }
        Class<?> element = elementType(field);
        Column basic = field.getAnnotation(Column.class);
        if (element.isAnnotationPresent(Embeddable.class)) {
            addEmbeddable(table, element, Map.of());
        } else if (basic != null) {
            // a collection of basic values (e.g. enum names): its one column is named on the collection
            columns.add(new MappedColumn(table, lower(basic.name()), element, basic));
        }
    }

    /** The embeddable's columns, nested embeddables' too; {@code overrides} by attribute name (@AttributeOverride). */
    private void addEmbeddable(String table, Class<?> embeddable, Map<String, Column> overrides) {
        for (Field field : embeddable.getDeclaredFields()) {
            Column override = overrides.get(field.getName());
            if (override != null) {
                addColumn(table, field, override);
            } else {
                addColumn(table, field);
            }
            if (field.isAnnotationPresent(Embedded.class)) {
                addEmbeddable(table, field.getType(), overrides(field));
            }
        }
    }

    private static Map<String, Column> overrides(Field embedded) {
        Map<String, Column> overrides = new HashMap<>();
        for (AttributeOverride override : embedded.getAnnotationsByType(AttributeOverride.class)) {
            overrides.put(override.name(), override.column());
        }
        return overrides;
    }

    private void addColumn(String table, Field field) {
        addColumn(table, field, field.getAnnotation(Column.class));
    }

    private void addColumn(String table, Field field, Column column) {
        if (column != null) {
            String name = column.name().isEmpty() ? field.getName() : column.name();
            columns.add(new MappedColumn(table, lower(name), field.getType(), column));
        }
    }

    private static Class<?> elementType(Field collection) {
        return (Class<?>) ((ParameterizedType) collection.getGenericType()).getActualTypeArguments()[0];
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
