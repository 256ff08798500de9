package org.returneeregistry.returnee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One return of the person to the home country, as notified by a mission or recorded at home. */
@Entity
@Table(name = "return_event")
public class ReturnEvent {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "returnee_id", nullable = false, updatable = false)
    private Returnee returnee;

    @Column(name = "return_date", nullable = false)
    private LocalDate returnDate;

    @Column(name = "modality", length = 32, nullable = false)
    private String modality;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "port_of_entry", length = 64)
    private String portOfEntry;

    @Column(name = "notifying_mission", length = 40)
    private String notifyingMission;

    @Column(name = "notification_id", length = 64)
    private String notificationId;

    protected ReturnEvent() {
        // JPA
    }

    ReturnEvent(Returnee returnee, ReturnDetails details) {
        this.returnee = returnee;
        this.returnDate = details.returnDate();
        this.modality = details.modality();
        this.reason = details.reason();
        this.portOfEntry = details.portOfEntry();
        this.notifyingMission = details.notifyingMission();
        this.notificationId = details.notificationId();
    }

    public ReturnDetails details() {
        return new ReturnDetails(returnDate, modality, reason, portOfEntry, notifyingMission, notificationId);
    }
}
