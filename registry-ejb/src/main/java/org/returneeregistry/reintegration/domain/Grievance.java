package org.returneeregistry.reintegration.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * A returnee's feedback or grievance, recorded by a registrar on the returnee's behalf: against the returnee's
 * case, or anonymously — then it holds no case and no registry number, and nothing links it back to a person.
 * It moves RECEIVED → UNDER_REVIEW → RESPONDED (with the response) → CLOSED ({@link GrievanceStatus}); every
 * change is a {@link GrievanceEvent} with who, when and why.
 */
@Entity
@Table(name = "grievance")
public class Grievance {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "grievance_id", length = 36, nullable = false, unique = true, updatable = false)
    private String grievanceId;

    @Column(name = "anonymous", nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "case_id", length = CaseId.LENGTH, updatable = false)
    private String caseId;

    @Column(name = "registry_number", length = 14, updatable = false)
    private String registryNumber;

    @Column(name = "received_at_org", length = 200, nullable = false, updatable = false)
    private String receivedAt;

    @Column(name = "category", length = 40, nullable = false, updatable = false)
    private String category;

    @Column(name = "description", length = TEXT_LENGTH, nullable = false, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = GrievanceStatus.LENGTH, nullable = false)
    private GrievanceStatus status;

    @Column(name = "response", length = TEXT_LENGTH)
    private String response;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "idempotency_owner", length = 200, updatable = false)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = 64, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64, updatable = false)
    private String requestHash;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "grievance", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<GrievanceEvent> events = new ArrayList<>();

    protected Grievance() {}

    private Grievance(
            boolean anonymous,
            String caseId,
            String registryNumber,
            String receivedAt,
            String category,
            String description,
            Actor actor,
            Instant at) {
        this.grievanceId = UUID.randomUUID().toString();
        this.anonymous = anonymous;
        this.caseId = caseId;
        this.registryNumber = registryNumber;
        this.receivedAt = receivedAt;
        this.category = category;
        this.description = description;
        this.status = GrievanceStatus.RECEIVED;
        this.createdAt = at;
        this.updatedAt = at;
        events.add(new GrievanceEvent(this, 1, GrievanceStatus.RECEIVED, at, actor, null));
    }

    /** A grievance against the returnee's case, received at the caller's organisation. */
    public static Grievance onCase(
            String caseId,
            String registryNumber,
            String receivedAt,
            String category,
            String description,
            Actor actor,
            Instant at) {
        return new Grievance(false, caseId, registryNumber, receivedAt, category, description, actor, at);
    }

    /** An anonymous grievance: no case, no registry number. */
    public static Grievance anonymous(String receivedAt, String category, String description, Actor actor, Instant at) {
        return new Grievance(true, null, null, receivedAt, category, description, actor, at);
    }

    public void recordedUnder(String owner, String key, String hash) {
        this.idempotencyOwner = owner;
        this.idempotencyKey = key;
        this.requestHash = hash;
    }

    public boolean recordedFrom(String hash) {
        return hash.equals(requestHash);
    }

    /**
     * Moves the grievance to {@code next} with the reason ({@code response} too when it becomes RESPONDED); a move
     * the status machine does not allow is GrievanceStatusConflict.
     */
    public void move(GrievanceStatus next, String response, String reason, Actor actor, Instant at) {
        if (!status.mayBecome(next)) {
            throw new RegistryException(
                    ErrorCode.GRIEVANCE_STATUS_CONFLICT,
                    "Grievance " + grievanceId + " is " + status + "; it cannot become " + next + ".");
        }
        status = next;
        if (next == GrievanceStatus.RESPONDED) {
            this.response = response;
        }
        updatedAt = at;
        events.add(new GrievanceEvent(this, events.size() + 1, next, at, actor, reason));
    }

    public String grievanceId() {
        return grievanceId;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public String caseId() {
        return caseId;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public String receivedAt() {
        return receivedAt;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    public GrievanceStatus status() {
        return status;
    }

    public String response() {
        return response;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<GrievanceEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
