package org.returneeregistry.shared.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The schemas of the REST transfer types, as JSON-B writes them. The server's scanner names a record's schema
 * but types an {@code Instant} or a {@code LocalDate} as an object and a {@code long} as a bare number, and
 * inlines a schema named by an {@code @APIResponse}'s {@code implementation} with default values of every
 * keyword. So: every transfer type reachable from the resources gets a component schema (the static part's,
 * when it has one, is kept), each property the scanner got wrong is typed from the record component, and an
 * answer whose annotation names an implementation refers to its component.
 */
final class TransferSchemas {

    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

    /** A property that takes any JSON value (an assessment's answer): no type, what it may be said in words. */
    static final String JSON_VALUE = "Any JSON value, of the type its context names: true or false, a number, a"
            + " string or a list of strings (an assessment's answer: as its question's type says)";

    /** operationId and response code → the transfer type answered, and whether as an array. */
    private static final Map<String, Answer> ANSWERS = new HashMap<>();

    /** The transfer types by simple name (the schema's name). */
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    /** Request transfer types by schema name → the application command each gives, whose constraints are enforced. */
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    private record Answer(Class<?> type, boolean array) {}

    static {
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (Class<?> resource : new RegistryApplication().getClasses()) {
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null) {
                    continue;
                }
                for (Type parameter : method.getGenericParameterTypes()) {
                    collect(parameter, pending);
                    command(parameter);
                }
                collect(method.getGenericReturnType(), pending);
                for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
                    for (Content content : response.content()) {
                        Class<?> type = content.schema().implementation();
                        if (type != Void.class && type.isRecord()) {
                            ANSWERS.put(
                                    operation.operationId() + " " + response.responseCode(),
                                    new Answer(type, content.schema().type() == SchemaType.ARRAY));
                            pending.add(type);
                        }
                    }
                }
            }
        }
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (TYPES.putIfAbsent(type.getSimpleName(), type) == null) {
                for (RecordComponent component : type.getRecordComponents()) {
                    collect(component.getGenericType(), pending);
                }
            }
        }
    }

    private TransferSchemas() {}

    private static void command(Type parameter) {
        if (parameter instanceof Class<?> c && c.isRecord()) {
            try {
                Class<?> command = c.getDeclaredMethod("toCommand").getReturnType();
                if (command.isRecord()) {
                    COMMANDS.put(c.getSimpleName(), command);
                }
            } catch (NoSuchMethodException e) {
                // a body read as it is: its schema says what it is
            }
        }
    }

    private static void collect(Type type, Deque<Class<?>> pending) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, pending);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && c.getName().startsWith("org.returneeregistry.")) {
            pending.add(c);
        }
    }

    /** Every transfer type has its component schema, with properties typed as JSON-B writes them. */
    static void complete(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas() == null
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        TYPES.forEach((name, type) -> {
            Schema schema = schemas.get(name);
            if (schema == null) {
                schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
                schemas.put(name, schema);
            }
            Map<String, Schema> properties = schema.getProperties() == null
                    ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(schema.getProperties());
            for (RecordComponent component : type.getRecordComponents()) {
                Schema found = properties.get(component.getName());
                if (found == null || isUntyped(found) || isBareNumber(found, component.getType())) {
                    properties.put(component.getName(), of(component.getGenericType()));
                }
            }
            schema.setProperties(properties);
        });
        Set<String> answered = new HashSet<>();
        TYPES.forEach((name, type) -> {
            if (ANSWERS.values().stream().anyMatch(a -> a.type() == type)) {
                reachable(name, schemas, answered);
            }
        });
        Set<String> done = new HashSet<>(answered);
        COMMANDS.forEach((name, command) -> constrain(name, command, schemas, done));
        openAPI.getComponents().setSchemas(schemas);
    }

    /** The component schemas an answer's schema reaches: their constraints stay those of the answers. */
    private static void reachable(String name, Map<String, Schema> schemas, Set<String> found) {
        Schema schema = schemas.get(name);
        if (schema == null || !found.add(name) || schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            Schema target = property.getItems() != null ? property.getItems() : property;
            if (target.getRef() != null) {
                reachable(refName(target.getRef()), schemas, found);
            }
        }
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /**
     * A request's schema says what the validation of the command it gives enforces, in one place: the command's
     * Bean Validation constraints. A component that must be present is required; a pattern, a length or a count
     * and a bound are written as the schema's keywords (where the schema does not say them already). Nested
     * commands constrain the schemas their components refer to, unless an answer refers to them too.
     */
    private static void constrain(String name, Class<?> command, Map<String, Schema> schemas, Set<String> done) {
        Schema schema = schemas.get(name);
        if (schema == null || schema.getProperties() == null || !done.add(name)) {
            return;
        }
        List<String> required =
                schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
        for (RecordComponent component : command.getRecordComponents()) {
            Schema property = schema.getProperties().get(component.getName());
            Field field = field(command, component.getName());
            if (property == null || field == null) {
                continue;
            }
            if ((field.isAnnotationPresent(NotNull.class)
                            || field.isAnnotationPresent(NotBlank.class)
                            || field.isAnnotationPresent(NotEmpty.class))
                    && !required.contains(component.getName())) {
                required.add(component.getName());
            }
            constrain(property, field);
            Class<?> nested = component.getType().isRecord() ? component.getType() : elementRecord(component);
            Schema target = property.getItems() != null ? property.getItems() : property;
            if (nested != null && target.getRef() != null) {
                constrain(refName(target.getRef()), nested, schemas, done);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private static void constrain(Schema property, Field field) {
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (pattern != null && property.getPattern() == null && property.getType() == Schema.SchemaType.STRING) {
            String regexp = pattern.regexp();
            property.setPattern(regexp.startsWith("^") && regexp.endsWith("$") ? regexp : "^(?:" + regexp + ")$");
        }
        Size size = field.getAnnotation(Size.class);
        if (size != null && property.getType() == Schema.SchemaType.STRING) {
            if (size.max() != Integer.MAX_VALUE && property.getMaxLength() == null) {
                property.setMaxLength(size.max());
            }
            if (size.min() > 0 && property.getMinLength() == null) {
                property.setMinLength(size.min());
            }
        } else if (size != null && property.getType() == Schema.SchemaType.ARRAY) {
            if (size.max() != Integer.MAX_VALUE && property.getMaxItems() == null) {
                property.setMaxItems(size.max());
            }
            if (size.min() > 0 && property.getMinItems() == null) {
                property.setMinItems(size.min());
            }
        }
        if (field.isAnnotationPresent(NotBlank.class)
                && property.getType() == Schema.SchemaType.STRING
                && property.getMinLength() == null) {
            property.setMinLength(1);
        }
        Min min = field.getAnnotation(Min.class);
        if (min != null && property.getMinimum() == null) {
            property.setMinimum(BigDecimal.valueOf(min.value()));
        }
        Max max = field.getAnnotation(Max.class);
        if (max != null && property.getMaximum() == null) {
            property.setMaximum(BigDecimal.valueOf(max.value()));
        }
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> elementRecord(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return element;
        }
        return null;
    }

    /** An answer whose annotation names a transfer type refers to that type's component schema. */
    static void typedAnswers(org.eclipse.microprofile.openapi.models.Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((code, response) -> {
            Answer answer = ANSWERS.get(operation.getOperationId() + " " + code);
            if (answer == null || response.getContent() == null) {
                return;
            }
            MediaType json = response.getContent().getMediaType(JSON);
            if (json != null) {
                Schema ref = OASFactory.createSchema().ref(answer.type().getSimpleName());
                json.setSchema(
                        answer.array()
                                ? OASFactory.createSchema()
                                        .type(Schema.SchemaType.ARRAY)
                                        .items(ref)
                                : ref);
            }
        });
    }

    private static boolean isUntyped(Schema schema) {
        return schema.getRef() == null
                && (schema.getType() == null || schema.getType() == Schema.SchemaType.OBJECT)
                && (schema.getProperties() == null || schema.getProperties().isEmpty());
    }

    private static boolean isBareNumber(Schema schema, Class<?> type) {
        return schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null && isIntegral(type);
    }

    private static boolean isIntegral(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    /** The schema of a Java type as JSON-B writes it. */
    static Schema of(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema()
                    .type(Schema.SchemaType.ARRAY)
                    .items(of(parameterized.getActualTypeArguments()[0]));
        }
        Class<?> c = (Class<?>) (type instanceof ParameterizedType p ? p.getRawType() : type);
        if (c == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        } else if (c == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        } else if (c == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        } else if (c == int.class || c == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        } else if (c == long.class || c == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        } else if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        } else if (c == BigDecimal.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        } else if (c.isRecord()) {
            return OASFactory.createSchema().ref(c.getSimpleName());
        } else if (jakarta.json.JsonValue.class.isAssignableFrom(c)) {
            return OASFactory.createSchema().description(JSON_VALUE);
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
}
