package org.returneeregistry.returnee.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.returnee.application.RegistrySearchRequest;
import org.returneeregistry.returnee.domain.SearchCriteria;

/** The DCI envelope as the adapter reads it: each malformed part refused with its reason code. */
class DciEnvelopeTest {

    private static final String HEADER = "{\"version\":\"1.0.0\",\"message_id\":\"m-1\","
            + "\"message_ts\":\"2026-12-07T10:00:00Z\",\"action\":\"search\",\"sender_id\":\"npl-mowcsc\","
            + "\"total_count\":1,\"is_msg_encrypted\":false}";

    private static String envelope(String header, String searchRequest) {
        return "{\"signature\":\"Signature: namespace=\\\"dci\\\"\",\"header\":" + header
                + ",\"message\":{\"transaction_id\":\"tx-1\",\"search_request\":[" + searchRequest + "]}}";
    }

    private static final String BY_PASSPORT = "{\"reference_id\":\"r-1\",\"search_criteria\":{"
            + "\"query_type\":\"idtype-value\",\"query\":{\"type\":\"PASSPORT\",\"value\":\"PA1234567\"},"
            + "\"pagination\":{\"page_size\":5,\"page_number\":2},"
            + "\"authorize\":{\"purpose\":{\"code\":\"SOCIAL_PROTECTION_ENROLMENT\"}}}}";

    @Test
    void readsAnIdtypeValueSearch() {
        RegistrySearchRequest request =
                DciEnvelope.read(envelope(HEADER, BY_PASSPORT), "search").search();
        assertEquals("m-1", request.messageId());
        assertEquals("tx-1", request.transactionId());
        RegistrySearchRequest.Item item = request.items().get(0);
        assertEquals("r-1", item.referenceId());
        assertEquals(new SearchCriteria.ByIdentifier("PASSPORT", "PA1234567"), item.criteria());
        assertEquals(5, item.pageSize());
        assertEquals(2, item.pageNumber());
        assertEquals("SOCIAL_PROTECTION_ENROLMENT", item.purpose());
    }

    @Test
    void readsAPredicateAsItsConditions() {
        String predicate = "{\"reference_id\":\"r-1\",\"search_criteria\":{\"query_type\":\"predicate\",\"query\":["
                + "{\"seq_num\":1,\"expression1\":{\"attribute_name\":\"surname\",\"operator\":\"eq\",\"attribute_value\":\"Gurung\"},"
                + "\"condition\":\"and\",\"expression2\":{\"attribute_name\":\"birth_date\",\"operator\":\"eq\",\"attribute_value\":\"1990-04-12\"}}]}}";
        SearchCriteria criteria = DciEnvelope.read(envelope(HEADER, predicate), "search")
                .search()
                .items()
                .get(0)
                .criteria();
        assertEquals(
                new SearchCriteria.ByPredicate(List.of(
                        new SearchCriteria.Condition("surname", "eq", "Gurung"),
                        new SearchCriteria.Condition("birth_date", "eq", "1990-04-12"))),
                criteria);
    }

    @Test
    void anOrConditionOrAnotherQueryTypeIsUnreadable() {
        String or = "{\"reference_id\":\"r-1\",\"search_criteria\":{\"query_type\":\"predicate\",\"query\":["
                + "{\"expression1\":{\"attribute_name\":\"surname\",\"operator\":\"eq\",\"attribute_value\":\"A\"},"
                + "\"condition\":\"or\",\"expression2\":{\"attribute_name\":\"surname\",\"operator\":\"eq\",\"attribute_value\":\"B\"}}]}}";
        assertInstanceOf(
                SearchCriteria.Unreadable.class,
                DciEnvelope.read(envelope(HEADER, or), "search")
                        .search()
                        .items()
                        .get(0)
                        .criteria());
        String expression =
                "{\"reference_id\":\"r-1\",\"search_criteria\":{\"query_type\":\"expression\",\"query\":{}}}";
        assertInstanceOf(
                SearchCriteria.Unreadable.class,
                DciEnvelope.read(envelope(HEADER, expression), "search")
                        .search()
                        .items()
                        .get(0)
                        .criteria());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"version\":\"1.0.0\"|\"version\":\"2.0.0\"|rjct.version.invalid",
                "\"action\":\"search\"|\"action\":\"on-search\"|rjct.action.invalid",
                "\"message_ts\":\"2026-12-07T10:00:00Z\"|\"message_ts\":\"2026-12-07\"|rjct.message_ts.invalid",
                "\"message_id\":\"m-1\"|\"message_id\":\"m 1\"|rjct.message_id.invalid",
                "\"sender_id\":\"npl-mowcsc\"|\"sender_id\":\"\"|rjct.sender_id.invalid",
                "\"total_count\":1|\"total_count\":2|rjct.total_count.invalid",
                "\"is_msg_encrypted\":false|\"is_msg_encrypted\":true|rjct.is_msg_encrypted.not_supported"
            })
    void aWrongHeaderIsRefusedWithItsCode(String field, String replacement, String code) {
        String body = envelope(HEADER.replace(field, replacement), BY_PASSPORT);
        DciEnvelope.Refused refused = assertThrows(DciEnvelope.Refused.class, () -> DciEnvelope.read(body, "search")
                .search());
        assertEquals(code, refused.code);
    }

    @Test
    void aMalformedBodyOrSignatureIsRefused() {
        assertEquals(
                "rjct.message.invalid",
                assertThrows(DciEnvelope.Refused.class, () -> DciEnvelope.read("[1]", "search")).code);
        assertEquals(
                "rjct.message.invalid",
                assertThrows(DciEnvelope.Refused.class, () -> DciEnvelope.read("{\"header\":", "search")).code);
        String controlCharacter = envelope(HEADER, BY_PASSPORT).replace("namespace=", "namespace=\\u0000");
        assertEquals(
                "rjct.signature.invalid",
                assertThrows(DciEnvelope.Refused.class, () -> DciEnvelope.read(controlCharacter, "search")).code);
        String eleven = envelope(
                HEADER.replace("\"total_count\":1", "\"total_count\":11"),
                String.join(",", java.util.Collections.nCopies(11, BY_PASSPORT)));
        assertEquals(
                "rjct.total_count.limit_exceeded",
                assertThrows(DciEnvelope.Refused.class, () -> DciEnvelope.read(eleven, "search")
                                .search())
                        .code);
    }
}
