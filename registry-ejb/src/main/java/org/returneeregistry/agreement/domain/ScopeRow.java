package org.returneeregistry.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * One thing an agreement allows: messages of one type, in one direction, carrying one data category for one
 * purpose, and whether the returnee's consent is still required or the agreement is the legal basis. The
 * message type is kept as its code, so the code list can grow without a schema change.
 */
@Embeddable
public class ScopeRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = Direction.LENGTH, nullable = false, updatable = false)
    private Direction direction;

    @Column(name = "message_type", length = MessageType.LENGTH, nullable = false, updatable = false)
    private String messageType;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_category", length = 32, nullable = false, updatable = false)
    private DataCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 32, nullable = false, updatable = false)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", length = ScopeLegalBasis.LENGTH, nullable = false, updatable = false)
    private ScopeLegalBasis legalBasis;

    protected ScopeRow() {
        // JPA
    }

    public ScopeRow(
            Direction direction,
            String messageType,
            DataCategory category,
            Purpose purpose,
            ScopeLegalBasis legalBasis) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.messageType = Objects.requireNonNull(messageType, "messageType");
        this.category = Objects.requireNonNull(category, "category");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /**
     * Whether this row covers a message of this type, direction, category and purpose; a null type is a
     * partner institution's direct read, which any row of the direction, category and purpose covers.
     */
    public boolean covers(Direction d, String type, DataCategory c, Purpose p) {
        return direction == d && (type == null || messageType.equals(type)) && category == c && purpose == p;
    }

    /** The same message, direction, category and purpose (the legal basis aside). */
    public boolean sameCoverageAs(ScopeRow other) {
        return covers(other.direction, other.messageType, other.category, other.purpose);
    }

    public Direction direction() {
        return direction;
    }

    public String messageType() {
        return messageType;
    }

    public DataCategory category() {
        return category;
    }

    public Purpose purpose() {
        return purpose;
    }

    public ScopeLegalBasis legalBasis() {
        return legalBasis;
    }
}
