package org.returneeregistry.returnee.application;

import java.util.List;
import org.returneeregistry.returnee.domain.SearchCriteria;

/**
 * A social protection system's registry search (a DCI sync search) as its adapter read it: the message and
 * transaction ids the caller chose (already checked for form by the adapter), and its search requests.
 */
public record RegistrySearchRequest(String messageId, String transactionId, List<Item> items) {

    public RegistrySearchRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One search request: the caller's reference id (checked here), what it asks, the page asked (null for the
     * defaults), and the purpose code the caller's consent or authorisation object names (null when none).
     */
    public record Item(
            String referenceId, SearchCriteria criteria, Integer pageSize, Integer pageNumber, String purpose) {}
}
