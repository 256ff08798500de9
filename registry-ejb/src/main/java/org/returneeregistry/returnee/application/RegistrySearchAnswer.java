package org.returneeregistry.returnee.application;

import java.util.List;

/**
 * What a registry search (or a status read of one) answers: the transaction, a status for the whole message
 * ({@code succ} or {@code rjct} with its DCI reason code), and per search request its status, reason and the
 * page of records the decision point let through. A status read answers no records.
 */
public record RegistrySearchAnswer(
        String transactionId,
        String correlationId,
        String status,
        String reasonCode,
        String reasonMessage,
        List<Item> items) {

    public static final String SUCCEEDED = "succ";
    public static final String REJECTED = "rjct";

    public RegistrySearchAnswer {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** {@code referenceId} is null when the caller's could not be read (it is never echoed then). */
    public record Item(
            String referenceId,
            String status,
            String reasonCode,
            String reasonMessage,
            List<DisclosedReturnee> records,
            int pageSize,
            int pageNumber,
            int totalCount) {

        public Item {
            records = records == null ? List.of() : List.copyOf(records);
        }
    }

    static RegistrySearchAnswer rejected(String transactionId, String reasonCode, String reasonMessage) {
        return new RegistrySearchAnswer(transactionId, null, REJECTED, reasonCode, reasonMessage, List.of());
    }
}
