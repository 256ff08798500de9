package org.returneeregistry.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an organisation takes its messages: a URL for JSON pushes, a host and port for HL7 over MLLP,
 * either or both. Changed only by the registry's administrators; who changed it last is kept, the audit
 * trail has every change.
 */
@Entity
@Table(name = "delivery_endpoint")
public class DeliveryEndpoint {

    public static final int ORGANISATION_LENGTH = 36;
    public static final int PUSH_URL_LENGTH = 500;
    public static final int HOST_LENGTH = 253;
    public static final int ACTOR_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "delivery_endpoint_seq", sequenceName = "delivery_endpoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_endpoint_seq")
    private Long id;

    @Column(
            name = "organisation_code",
            length = ORGANISATION_LENGTH,
            nullable = false,
            unique = true,
            updatable = false)
    private String organisationCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "push_url", length = PUSH_URL_LENGTH)
    private String pushUrl;

    @Column(name = "mllp_host", length = HOST_LENGTH)
    private String mllpHost;

    @Column(name = "mllp_port")
    private Integer mllpPort;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = ACTOR_LENGTH, nullable = false)
    private String updatedBy;

    protected DeliveryEndpoint() {
        // JPA
    }

    public DeliveryEndpoint(String organisationCode) {
        this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
    }

    /** Replaces the endpoints (a null one is removed); host and port of MLLP come together or not at all. */
    public void change(String pushUrl, String mllpHost, Integer mllpPort, String actor, Instant at) {
        if ((mllpHost == null) != (mllpPort == null)) {
            throw new IllegalArgumentException("MLLP host and port come together");
        }
        this.pushUrl = pushUrl;
        this.mllpHost = mllpHost;
        this.mllpPort = mllpPort;
        this.updatedBy = Objects.requireNonNull(actor, "actor");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** Whether messages of this channel can be delivered. */
    public boolean serves(Channel channel) {
        return switch (channel) {
            case JSON_PUSH -> pushUrl != null;
            case HL7_MLLP -> mllpHost != null && mllpPort != null;
            // a partner's endpoint is registered on its agreement, not here
            case PARTNER_SOAP -> false;
        };
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String pushUrl() {
        return pushUrl;
    }

    public String mllpHost() {
        return mllpHost;
    }

    public Integer mllpPort() {
        return mllpPort;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
