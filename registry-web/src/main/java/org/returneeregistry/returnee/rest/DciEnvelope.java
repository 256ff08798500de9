package org.returneeregistry.returnee.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.returnee.application.RegistrySearchRequest;
import org.returneeregistry.returnee.application.RegistrySearchService;
import org.returneeregistry.returnee.domain.SearchCriteria;

/**
 * Reads a DCI envelope ({@code signature}, {@code header}, {@code message}, SPDCI registry API 1.0.0) into the
 * registry's search command, refusing a malformed envelope with the DCI header reason code before anything is
 * searched. Nothing the caller sent is echoed unless it passed its check; a refusal's message names the rule,
 * never the value.
 */
final class DciEnvelope {

    static final int MAX_SIGNATURE = 4096;

    /** A refused envelope: the header reason code and the rule broken. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** The header fields the answer echoes, each only once checked. */
    record Header(String messageId, String senderId, int totalCount) {}

    private final JsonObject root;
    final Header header;

    private DciEnvelope(JsonObject root, Header header) {
        this.root = root;
        this.header = header;
    }

    /** The sender's id, once it passed its check (for the answer's receiver_id); null otherwise. */
    static String senderOf(String body) {
        try {
            JsonObject header = parse(body).getJsonObject("header");
            String sender = header == null ? null : string(header, "sender_id");
            return sender != null && RegistrySearchService.ID.matcher(sender).matches() ? sender : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads the envelope of action {@code action}; throws {@link Refused} when its header or form is wrong. */
    static DciEnvelope read(String body, String action) {
        JsonObject root;
        try {
            root = parse(body);
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            throw new Refused("rjct.message.invalid", "The body must be one JSON object {signature, header, message}.");
        }
        JsonValue signature = root.get("signature");
        if (signature != null && signature != JsonValue.NULL) {
            if (!(signature instanceof JsonString s)
                    || s.getString().length() > MAX_SIGNATURE
                    || s.getString().chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                throw new Refused(
                        "rjct.signature.invalid",
                        "signature, when sent, is one line of text of at most " + MAX_SIGNATURE + " characters.");
            }
        }
        if (!(root.get("header") instanceof JsonObject header)) {
            throw new Refused("rjct.header.invalid", "header must be an object.");
        }
        if (!(root.get("message") instanceof JsonObject)) {
            throw new Refused("rjct.message.invalid", "message must be an object.");
        }
        if (!DciTransfer.VERSION.equals(string(header, "version"))) {
            throw new Refused("rjct.version.invalid", "header.version must be " + DciTransfer.VERSION + ".");
        }
        String messageId = string(header, "message_id");
        if (messageId == null || !RegistrySearchService.ID.matcher(messageId).matches()) {
            throw new Refused(
                    "rjct.message_id.invalid", "header.message_id must be 1 to 99 letters, digits or . _ : @ / -.");
        }
        String messageTs = string(header, "message_ts");
        try {
            OffsetDateTime.parse(messageTs == null ? "" : messageTs);
        } catch (DateTimeParseException e) {
            throw new Refused(
                    "rjct.message_ts.invalid", "header.message_ts must be an RFC 3339 date-time with offset.");
        }
        if (!action.equals(string(header, "action"))) {
            throw new Refused("rjct.action.invalid", "header.action must be " + action + " on this endpoint.");
        }
        String senderId = string(header, "sender_id");
        if (senderId == null || !RegistrySearchService.ID.matcher(senderId).matches()) {
            throw new Refused(
                    "rjct.sender_id.invalid", "header.sender_id must be 1 to 99 letters, digits or . _ : @ / -.");
        }
        if (header.get("is_msg_encrypted") == JsonValue.TRUE) {
            throw new Refused(
                    "rjct.is_msg_encrypted.not_supported",
                    "This registry reads unencrypted messages over TLS only; send is_msg_encrypted false.");
        }
        int totalCount = header.get("total_count") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : -1;
        return new DciEnvelope(root, new Header(messageId, senderId, totalCount));
    }

    /** The search command of a {@code search} envelope. */
    RegistrySearchRequest search() {
        JsonObject message = root.getJsonObject("message");
        String transactionId = transactionId(message);
        if (!(message.get("search_request") instanceof JsonArray requests) || requests.isEmpty()) {
            throw new Refused("rjct.message.invalid", "message.search_request must be a non-empty array.");
        }
        if (requests.size() > RegistrySearchService.MAX_REQUESTS) {
            throw new Refused(
                    "rjct.total_count.limit_exceeded",
                    "A message holds at most " + RegistrySearchService.MAX_REQUESTS + " search requests.");
        }
        if (header.totalCount() != requests.size()) {
            throw new Refused("rjct.total_count.invalid", "header.total_count must be the number of search requests.");
        }
        List<RegistrySearchRequest.Item> items = new ArrayList<>();
        for (JsonValue value : requests) {
            items.add(item(value));
        }
        return new RegistrySearchRequest(header.messageId(), transactionId, items);
    }

    /** A {@code txn-status} envelope's question: the transaction id, and the reference ids when asked by them. */
    record StatusQuestion(String transactionId, String askedTransaction, List<String> referenceIds) {}

    StatusQuestion status() {
        JsonObject message = root.getJsonObject("message");
        String transactionId = transactionId(message);
        if (!(message.get("txnstatus_request") instanceof JsonObject request)) {
            throw new Refused("rjct.message.invalid", "message.txnstatus_request must be an object.");
        }
        if (!"search".equals(string(request, "txn_type"))) {
            throw new Refused("rjct.txn_type.invalid", "txnstatus_request.txn_type must be search.");
        }
        String attributeType = string(request, "attribute_type");
        JsonValue value = request.get("attribute_value");
        if ("transaction_id".equals(attributeType)) {
            if (value instanceof JsonString s
                    && RegistrySearchService.ID.matcher(s.getString()).matches()) {
                return new StatusQuestion(transactionId, s.getString(), List.of());
            }
            throw new Refused("rjct.attribute_value.invalid", "attribute_value must be a transaction id.");
        }
        if ("reference_id_list".equals(attributeType)) {
            if (value instanceof JsonArray list
                    && !list.isEmpty()
                    && list.size() <= RegistrySearchService.MAX_REQUESTS
                    && list.stream()
                            .allMatch(v -> v instanceof JsonString s
                                    && RegistrySearchService.ID
                                            .matcher(s.getString())
                                            .matches())) {
                return new StatusQuestion(
                        transactionId,
                        transactionId,
                        list.getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList());
            }
            throw new Refused(
                    "rjct.attribute_value.invalid",
                    "attribute_value must be a list of 1 to " + RegistrySearchService.MAX_REQUESTS + " reference ids.");
        }
        throw new Refused("rjct.attribute_type.invalid", "attribute_type must be transaction_id or reference_id_list.");
    }

    private static String transactionId(JsonObject message) {
        String transactionId = string(message, "transaction_id");
        if (transactionId == null
                || !RegistrySearchService.ID.matcher(transactionId).matches()) {
            throw new Refused(
                    "rjct.transaction_id.invalid",
                    "message.transaction_id must be 1 to 99 letters, digits or . _ : @ / -.");
        }
        return transactionId;
    }

    private static RegistrySearchRequest.Item item(JsonValue value) {
        if (!(value instanceof JsonObject request)) {
            return new RegistrySearchRequest.Item(
                    null, new SearchCriteria.Unreadable("a search request must be an object"), null, null, null);
        }
        String reference = string(request, "reference_id");
        if (!(request.get("search_criteria") instanceof JsonObject criteria)) {
            return new RegistrySearchRequest.Item(
                    reference, new SearchCriteria.Unreadable("search_criteria must be an object"), null, null, null);
        }
        Integer pageSize = null;
        Integer pageNumber = null;
        if (criteria.get("pagination") instanceof JsonObject pagination) {
            pageSize = integer(pagination, "page_size");
            pageNumber = integer(pagination, "page_number");
        }
        return new RegistrySearchRequest.Item(reference, criteria(criteria), pageSize, pageNumber, purpose(criteria));
    }

    /** The purpose the caller's authorisation (or, failing that, consent) object names by its code. */
    private static String purpose(JsonObject criteria) {
        for (String holder : new String[] {"authorize", "consent"}) {
            if (criteria.get(holder) instanceof JsonObject o && o.get("purpose") instanceof JsonObject purpose) {
                String code = string(purpose, "code");
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    private static SearchCriteria criteria(JsonObject criteria) {
        String queryType = string(criteria, "query_type");
        JsonValue query = criteria.get("query");
        if ("idtype-value".equals(queryType)) {
            if (query instanceof JsonObject q) {
                return new SearchCriteria.ByIdentifier(string(q, "type"), string(q, "value"));
            }
            return new SearchCriteria.Unreadable("an idtype-value query is an object {type, value}");
        }
        if ("predicate".equals(queryType)) {
            List<JsonValue> parts =
                    query instanceof JsonArray a ? a : query instanceof JsonObject o ? List.of(o) : null;
            if (parts == null || parts.size() > 3) {
                return new SearchCriteria.Unreadable("a predicate query is an array of at most 3 expressions");
            }
            List<SearchCriteria.Condition> conditions = new ArrayList<>();
            for (JsonValue part : parts) {
                if (!(part instanceof JsonObject p)) {
                    return new SearchCriteria.Unreadable(
                            "each predicate is an object {expression1, condition, expression2}");
                }
                String condition = string(p, "condition");
                if (condition != null && !"and".equals(condition)) {
                    return new SearchCriteria.Unreadable("predicates combine expressions with and only");
                }
                for (String name : new String[] {"expression1", "expression2"}) {
                    if (p.get(name) instanceof JsonObject e) {
                        conditions.add(new SearchCriteria.Condition(
                                string(e, "attribute_name"), string(e, "operator"), string(e, "attribute_value")));
                    } else if (p.containsKey(name)) {
                        return new SearchCriteria.Unreadable(name + " must be an object");
                    }
                }
            }
            return new SearchCriteria.ByPredicate(conditions);
        }
        return new SearchCriteria.Unreadable("query_type must be idtype-value or predicate");
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        }
    }

    private static String string(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** An integer, or 0 (out of every range) when the value is not one. */
    private static Integer integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return v instanceof JsonNumber n
                        && n.isIntegral()
                        && n.bigIntegerValue().bitLength() < 31
                ? n.intValue()
                : 0;
    }
}
