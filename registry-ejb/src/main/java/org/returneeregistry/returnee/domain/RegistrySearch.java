package org.returneeregistry.returnee.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A registry search a social protection system made (DCI sync search), kept so that it can ask the search's
 * status later: which organisation and client asked, its message and transaction ids, and per request the
 * status, reason code and how many records were answered. No personal data: not the query, not the records —
 * a status read answers only what the search answered about itself, and reading a person again is a new,
 * decided search.
 */
@Entity
@Table(name = "registry_search")
public class RegistrySearch {

    /** Length of the caller-chosen ids (message, transaction, reference), as the DCI specification bounds them. */
    public static final int ID_LENGTH = 99;

    public static final int REASON_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "organisation", length = 40, nullable = false, updatable = false)
    private String organisation;

    @Column(name = "client", length = 200, updatable = false)
    private String client;

    @Column(name = "message_id", length = ID_LENGTH, nullable = false, updatable = false)
    private String messageId;

    @Column(name = "transaction_id", length = ID_LENGTH, nullable = false, updatable = false)
    private String transactionId;

    @Column(name = "correlation_id", length = 36, nullable = false, updatable = false)
    private String correlationId;

    @Column(name = "searched_at", nullable = false, updatable = false)
    private Instant searchedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registry_search_item", joinColumns = @JoinColumn(name = "search_ref"))
    @OrderColumn(name = "item_index")
    private List<Item> items = new ArrayList<>();

    /** One search request of the search: its reference id (null when it could not be read), status and outcome. */
    @Embeddable
    public static class Item {

        @Column(name = "reference_id", length = ID_LENGTH)
        private String referenceId;

        @Column(name = "status", length = 4, nullable = false)
        private String status;

        @Column(name = "reason_code", length = REASON_LENGTH)
        private String reasonCode;

        @Column(name = "record_count", nullable = false)
        private int recordCount;

        protected Item() {}

        public Item(String referenceId, String status, String reasonCode, int recordCount) {
            this.referenceId = referenceId;
            this.status = Objects.requireNonNull(status);
            this.reasonCode = reasonCode;
            this.recordCount = recordCount;
        }

        public String referenceId() {
            return referenceId;
        }

        public String status() {
            return status;
        }

        public String reasonCode() {
            return reasonCode;
        }

        public int recordCount() {
            return recordCount;
        }
    }

    protected RegistrySearch() {}

    public RegistrySearch(
            String organisation,
            String client,
            String messageId,
            String transactionId,
            String correlationId,
            Instant searchedAt,
            List<Item> items) {
        this.organisation = Objects.requireNonNull(organisation);
        this.client = client;
        this.messageId = Objects.requireNonNull(messageId);
        this.transactionId = Objects.requireNonNull(transactionId);
        this.correlationId = Objects.requireNonNull(correlationId);
        this.searchedAt = Objects.requireNonNull(searchedAt);
        this.items = new ArrayList<>(items);
    }

    public String organisation() {
        return organisation;
    }

    public String transactionId() {
        return transactionId;
    }

    public String correlationId() {
        return correlationId;
    }

    public Instant searchedAt() {
        return searchedAt;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }
}
