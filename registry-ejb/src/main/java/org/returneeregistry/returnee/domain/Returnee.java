package org.returneeregistry.returnee.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * The returnee: the registry's record of one person who worked abroad and came home.
 *
 * <p>It is built valid and changes only through verbs that also write its history, because the
 * record is evidence for entitlements (wages, pensions, protection) and every change must be
 * explainable: who, when, why. A correction is an explicit act with a reason; there is no silent
 * overwrite. The registry number is assigned once, from the returnee serial, and never changes.
 */
@Entity
@Table(name = "returnee")
@NamedQuery(
        name = Returnee.HOLDING_IDENTIFIER_FOR_UPDATE,
        query = "SELECT r FROM Returnee r WHERE r.id IN (SELECT i.returnee.id FROM PersonIdentity i"
                + " WHERE i.type = :t0 AND i.number = :n0 AND i.issuingCountry = :c0) ORDER BY r.id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Returnee {

    /**
     * The returnee holding one identifier, locked: the intake's identity match for the usual single
     * identifier, a named query so that its SQL is generated once, not on every notification.
     */
    public static final String HOLDING_IDENTIFIER_FOR_UPDATE = "Returnee.holdingIdentifierForUpdate";

    @Id
    @SequenceGenerator(name = "returnee_seq", sequenceName = "returnee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "returnee_seq")
    private Long id;

    @Embedded
    private RegistryNumber registryNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "given_name", length = 200, nullable = false)
    private String givenName;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "sex", length = 1, nullable = false)
    private String sex;

    @Column(name = "gender_identity", length = 64)
    private String genderIdentity;

    @Column(name = "phone", length = 16)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "home_district", length = 64)
    private String homeDistrict;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "returnee_transliteration", joinColumns = @JoinColumn(name = "returnee_id"))
    @OrderColumn(name = "position")
    private List<TransliteratedName> transliterations = new ArrayList<>();

    @OneToMany(mappedBy = "returnee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PersonIdentity> identities = new ArrayList<>();

    @OneToMany(mappedBy = "returnee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MigrationEpisode> migrationEpisodes = new ArrayList<>();

    @OneToMany(mappedBy = "returnee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("returnDate, id")
    private List<ReturnEvent> returnEvents = new ArrayList<>();

    @OneToMany(mappedBy = "returnee", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Returnee() {
        // JPA
    }

    /**
     * Registers a person. The registry number is assigned by {@link #assignRegistryNumber} once the
     * serial is known; until then the returnee is not visible to anyone.
     */
    public static Returnee register(PersonDetails person, Actor actor, Instant at, String reason) {
        Objects.requireNonNull(person, "person");
        Returnee r = new Returnee();
        r.applyPerson(person);
        person.identifiers().forEach(i -> r.identities.add(new PersonIdentity(r, i)));
        r.registeredAt = at;
        r.updatedAt = at;
        r.record(actor, at, HistoryAction.REGISTERED, reason, List.of());
        return r;
    }

    /** Gives the returnee its registry number from its serial; only once. */
    public void assignRegistryNumber(RegistryNumber number) {
        if (registryNumber != null) {
            throw new IllegalStateException("registry number already assigned: " + registryNumber);
        }
        this.registryNumber = Objects.requireNonNull(number);
    }

    /** Adds identifiers the record does not hold yet; answers the ones added. */
    public List<Identifier> addIdentifiers(List<Identifier> candidates, Actor actor, Instant at, String reason) {
        List<Identifier> added = new ArrayList<>();
        for (Identifier identifier : candidates) {
            if (!holds(identifier) && !added.contains(identifier)) {
                identities.add(new PersonIdentity(this, identifier));
                added.add(identifier);
            }
        }
        if (!added.isEmpty()) {
            touch(at);
            record(
                    actor,
                    at,
                    HistoryAction.IDENTIFIER_ADDED,
                    reason,
                    added.stream()
                            .map(i -> new FieldChange("identifiers", null, describe(i)))
                            .toList());
        }
        return added;
    }

    public void recordMigration(Employment employment, Actor actor, Instant at, String reason) {
        migrationEpisodes.add(new MigrationEpisode(this, employment));
        touch(at);
        record(
                actor,
                at,
                HistoryAction.MIGRATION_RECORDED,
                reason,
                List.of(new FieldChange(
                        "migrationEpisodes",
                        null,
                        employment.destinationCountry()
                                + (employment.employer() == null ? "" : " / " + employment.employer()))));
    }

    public void recordReturn(ReturnDetails details, Actor actor, Instant at, String reason) {
        returnEvents.add(new ReturnEvent(this, details));
        touch(at);
        record(
                actor,
                at,
                HistoryAction.RETURN_RECORDED,
                reason,
                List.of(new FieldChange("returnEvents", null, details.returnDate() + " " + details.modality())));
    }

    /**
     * Corrects the person's details. Answers the changes made; a correction that changes nothing
     * is refused by the caller, so history never holds empty corrections.
     */
    public List<FieldChange> correct(PersonCorrection correction, Actor actor, Instant at, String reason) {
        List<FieldChange> changes = new ArrayList<>();
        givenName = change(changes, "name.givenName", givenName, correction.givenName());
        familyName = change(changes, "name.familyName", familyName, correction.familyName());
        dateOfBirth = change(changes, "dateOfBirth", dateOfBirth, correction.dateOfBirth());
        sex = change(changes, "sex", sex, correction.sex());
        genderIdentity = change(changes, "genderIdentity", genderIdentity, correction.genderIdentity());
        homeDistrict = change(changes, "homeDistrict", homeDistrict, correction.homeDistrict());
        if (correction.contact() != null) {
            Contact c = correction.contact();
            phone = change(changes, "contact.phone", phone, c.phone());
            email = change(changes, "contact.email", email, c.email());
            address = change(changes, "contact.address", address, c.address());
        }
        if (!changes.isEmpty()) {
            touch(at);
            record(actor, at, HistoryAction.CORRECTED, reason, changes);
        }
        return changes;
    }

    public boolean holds(Identifier identifier) {
        return identities.stream().anyMatch(i -> i.identifier().equals(identifier));
    }

    private static <T> T change(List<FieldChange> changes, String field, T current, T proposed) {
        if (proposed == null || proposed.equals(current)) {
            return current;
        }
        changes.add(new FieldChange(field, current == null ? null : current.toString(), proposed.toString()));
        return proposed;
    }

    private void applyPerson(PersonDetails person) {
        this.givenName = person.name().givenName();
        this.familyName = person.name().familyName();
        person.name().transliterations().forEach(t -> transliterations.add(new TransliteratedName(t)));
        this.dateOfBirth = person.dateOfBirth();
        this.sex = person.sex();
        this.genderIdentity = person.genderIdentity();
        if (person.contact() != null) {
            this.phone = person.contact().phone();
            this.email = person.contact().email();
            this.address = person.contact().address();
        }
        this.homeDistrict = person.homeDistrict();
    }

    private void record(Actor actor, Instant at, HistoryAction action, String reason, List<FieldChange> changes) {
        history.add(new HistoryEntry(this, history.size() + 1, at, actor, action, reason, changes));
    }

    private void touch(Instant at) {
        this.updatedAt = at;
    }

    private static String describe(Identifier i) {
        return i.type() + " " + i.issuingCountry() + " " + i.number();
    }

    public RegistryNumber registryNumber() {
        return registryNumber;
    }

    public Long serial() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public PersonDetails person() {
        Contact contact = phone == null && email == null && address == null ? null : new Contact(phone, email, address);
        return new PersonDetails(
                identities.stream().map(PersonIdentity::identifier).toList(),
                new PersonName(
                        givenName,
                        familyName,
                        transliterations.stream()
                                .map(TransliteratedName::transliteration)
                                .toList()),
                dateOfBirth,
                sex,
                genderIdentity,
                contact,
                homeDistrict);
    }

    public List<Employment> migrationEpisodes() {
        return migrationEpisodes.stream().map(MigrationEpisode::employment).toList();
    }

    public List<ReturnDetails> returnEvents() {
        return returnEvents.stream().map(ReturnEvent::details).toList();
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }
}
