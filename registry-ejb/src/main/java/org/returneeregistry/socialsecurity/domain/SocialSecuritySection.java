package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * One version of an agreement's social security section: the rule set as the JSON document it was given in,
 * written once. A change is the next version; the latest applies, and an assessment names the version it ran
 * under, so a past assessment can be rerun under the rules it used.
 */
@Entity
@Table(name = "social_security_section")
public class SocialSecuritySection {

    public static final int DOCUMENT_LENGTH = 65_535;
    public static final int REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "agreement_id", length = 36, nullable = false, updatable = false)
    private String agreementId;

    @Column(name = "section_version", nullable = false, updatable = false)
    private int sectionVersion;

    @Column(name = "agreement_version", nullable = false, updatable = false)
    private int agreementVersion;

    @Column(name = "document", length = DOCUMENT_LENGTH, nullable = false, updatable = false)
    private String document;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    @Embedded
    private RecordedActor actor;

    @Column(name = "reason", length = REASON_LENGTH, updatable = false)
    private String reason;

    protected SocialSecuritySection() {}

    public SocialSecuritySection(
            String agreementId,
            int sectionVersion,
            int agreementVersion,
            String document,
            Actor actor,
            Instant setAt,
            String reason) {
        this.agreementId = agreementId;
        this.sectionVersion = sectionVersion;
        this.agreementVersion = agreementVersion;
        this.document = document;
        this.actor = new RecordedActor(actor);
        this.setAt = setAt;
        this.reason = reason;
    }

    public String agreementId() {
        return agreementId;
    }

    public int sectionVersion() {
        return sectionVersion;
    }

    public int agreementVersion() {
        return agreementVersion;
    }

    public String document() {
        return document;
    }

    public Instant setAt() {
        return setAt;
    }

    public String setBy() {
        return actor.display();
    }

    public String reason() {
        return reason;
    }
}
