package org.returneeregistry.reintegration.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * A returnee's reintegration case: the cycle of assessment, plan, referral and follow-up that a case
 * worker at a migrant resource centre keeps, from the return until the case closes with an outcome.
 *
 * <p>A returnee has at most one open case. It is held by one resource centre — the one serving the
 * returnee's home district, or the one it is transferred to — and assigned to one of its case workers.
 * Everything that changes it is a verb here, and each is kept in its history with who, when and why:
 * the case is the record a returnee's support is accounted for by. Once closed it changes no more.
 *
 * <p>Closing a case whose plan still has open actions needs a reason: a case closed with work left
 * undone must say why (the open actions are then cancelled with that reason). Follow-up contacts are
 * scheduled when the case opens and can never be dated before it opened.
 *
 * <p>The case keeps what its statistics are disaggregated by — sex, date of birth, home district,
 * destination, return modality and date — as they were when it opened.
 */
@Entity
@Table(name = "reintegration_case")
public class ReintegrationCase {

    public static final int ORGANISATION_LENGTH = 36;
    public static final int WORKER_LENGTH = 200;
    public static final int TEXT_LENGTH = 1000;
    public static final int NOTIFICATION_LENGTH = 110;

    @Id
    @SequenceGenerator(name = "reintegration_case_seq", sequenceName = "reintegration_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reintegration_case_seq")
    private Long id;

    @Embedded
    private CaseId caseId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = CaseStatus.LENGTH, nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_by", length = CaseTrigger.LENGTH, nullable = false, updatable = false)
    private CaseTrigger trigger;

    @Column(name = "source_notification", length = NOTIFICATION_LENGTH, updatable = false)
    private String sourceNotification;

    /** The registry number while the case is open, null once closed: unique, so a returnee has one open case. */
    @Column(name = "open_registry_number", length = RegistryNumber.LENGTH, unique = true)
    private String openRegistryNumber;

    @Column(name = "centre", length = ORGANISATION_LENGTH)
    private String centre;

    @Column(name = "worker", length = WORKER_LENGTH)
    private String worker;

    @Column(name = "sex", length = 1, updatable = false)
    private String sex;

    @Column(name = "birth_date", updatable = false)
    private LocalDate birthDate;

    @Column(name = "home_district", length = 64, updatable = false)
    private String homeDistrict;

    @Column(name = "destination_country", length = 3, updatable = false)
    private String destinationCountry;

    @Column(name = "return_modality", length = 40, updatable = false)
    private String returnModality;

    @Column(name = "return_date", updatable = false)
    private LocalDate returnDate;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = CaseOutcome.LENGTH)
    private CaseOutcome outcome;

    @Column(name = "close_reason", length = TEXT_LENGTH)
    private String closeReason;

    @OneToMany(mappedBy = "reintegrationCase", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<CaseEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "reintegrationCase", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Assessment> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "reintegrationCase", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<CaseGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "reintegrationCase", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<CaseAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "reintegrationCase", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<FollowUp> followUps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_referral", joinColumns = @JoinColumn(name = "case_ref"))
    @OrderColumn(name = "pos")
    @Column(name = "referral_id", length = ReferralId.LENGTH, nullable = false)
    private List<String> referrals = new ArrayList<>();

    protected ReintegrationCase() {
        // JPA
    }

    /** What the case keeps of the returnee when it opens, for its statistics (any of it may be null). */
    public record Profile(
            String sex,
            LocalDate birthDate,
            String homeDistrict,
            String destinationCountry,
            String returnModality,
            LocalDate returnDate) {}

    /**
     * Opens a case for a returnee, held by {@code centre} (null when no resource centre serves the
     * returnee's district yet: the operator's registrars then place it), with its follow-ups scheduled
     * from {@code scheduleFrom} (the return, where the registry counts from it) or else from today.
     */
    public static ReintegrationCase open(
            String registryNumber,
            CaseTrigger trigger,
            String sourceNotification,
            String centre,
            Profile profile,
            FollowUpSchedule schedule,
            LocalDate scheduleFrom,
            Actor actor,
            Instant at,
            String reason) {
        ReintegrationCase c = new ReintegrationCase();
        c.caseId = CaseId.generate();
        c.registryNumber = Objects.requireNonNull(registryNumber, "registryNumber");
        c.status = CaseStatus.OPEN;
        c.openRegistryNumber = registryNumber;
        c.trigger = Objects.requireNonNull(trigger, "trigger");
        c.sourceNotification = sourceNotification;
        c.centre = centre;
        c.sex = profile.sex();
        c.birthDate = profile.birthDate();
        c.homeDistrict = profile.homeDistrict();
        c.destinationCountry = profile.destinationCountry();
        c.returnModality = profile.returnModality();
        c.returnDate = profile.returnDate();
        c.openedAt = at;
        c.openedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
        c.updatedAt = at;
        for (LocalDate due : schedule.dueDates(scheduleFrom == null ? c.openedOn : scheduleFrom)) {
            c.followUps.add(new FollowUp(c, c.followUps.size() + 1, due));
        }
        c.record(CaseEventType.OPENED, actor, at, centre == null ? reason : reason + "; held by " + centre);
        return c;
    }

    /**
     * Assigns the case to a case worker of the centre holding it; a case no centre holds yet is placed
     * at {@code centreIfNone} with it. Moving a case to another centre is a transfer.
     */
    public void assign(String centreIfNone, String worker, Actor actor, Instant at, String reason) {
        requireOpen("assigned");
        Objects.requireNonNull(worker, "worker");
        if (centre == null) {
            if (centreIfNone == null) {
                throw new RegistryException(
                        ErrorCode.CASE_STATUS_CONFLICT,
                        "Case " + caseId + " is held by no resource centre yet; name the centre of the case worker.");
            }
            centre = centreIfNone;
        } else if (centreIfNone != null && !centreIfNone.equals(centre)) {
            throw new RegistryException(
                    ErrorCode.CASE_STATUS_CONFLICT,
                    "Case " + caseId + " is held by " + centre + "; transfer it to move it to " + centreIfNone + ".");
        }
        this.worker = worker;
        updatedAt = at;
        record(
                CaseEventType.ASSIGNED,
                actor,
                at,
                "Assigned to " + worker + "@" + centre + (reason == null ? "" : ": " + reason));
    }

    /** Moves the case to another resource centre, to one of its case workers or to none yet. */
    public void transfer(String toCentre, String toWorker, Actor actor, Instant at, String reason) {
        requireOpen("transferred");
        Objects.requireNonNull(toCentre, "toCentre");
        Objects.requireNonNull(reason, "reason");
        if (toCentre.equals(centre)) {
            throw new RegistryException(
                    ErrorCode.CASE_STATUS_CONFLICT,
                    "Case " + caseId + " is already held by " + toCentre
                            + "; assign it to another case worker instead.");
        }
        String from = centre;
        centre = toCentre;
        worker = toWorker;
        updatedAt = at;
        record(
                CaseEventType.TRANSFERRED,
                actor,
                at,
                "From " + (from == null ? "no centre" : from) + " to " + toCentre
                        + (toWorker == null ? "" : " (" + toWorker + ")") + ": " + reason);
    }

    /** Records an assessment with a version of a questionnaire, its answers checked and scored. */
    public Assessment assess(
            Questionnaire questionnaire,
            Questionnaire.Evaluation evaluation,
            LocalDate assessedOn,
            Actor actor,
            Instant at) {
        requireOpen("assessed");
        if (!evaluation.valid()) {
            throw new IllegalArgumentException("an assessment is recorded only with valid answers");
        }
        Assessment a = new Assessment(
                this, assessments.size() + 1, questionnaire, evaluation, assessedOn, at, actor.display());
        assessments.add(a);
        updatedAt = at;
        record(
                CaseEventType.ASSESSED,
                actor,
                at,
                questionnaire.code() + " v" + questionnaire.version() + " #" + a.number()
                        + (evaluation.positive() ? ", positive" : ""));
        return a;
    }

    /** Adds a goal to the plan, in a dimension of reintegration and at a level. */
    public CaseGoal addGoal(Dimension dimension, Level level, String description, Actor actor, Instant at) {
        requireOpen("planned");
        if (!dimension.planned()) {
            throw new IllegalArgumentException("a plan has no goals in " + dimension);
        }
        CaseGoal goal = new CaseGoal(this, goals.size() + 1, dimension, level, description, at);
        goals.add(goal);
        updatedAt = at;
        record(CaseEventType.GOAL_ADDED, actor, at, "Goal " + goal.number() + " (" + dimension + ", " + level + ")");
        return goal;
    }

    /** Adds an action towards a goal of the plan; empty when the plan has no such goal. */
    public Optional<CaseAction> addAction(
            int goal, String description, String responsible, LocalDate dueOn, Actor actor, Instant at) {
        requireOpen("planned");
        if (goal < 1 || goal > goals.size()) {
            return Optional.empty();
        }
        CaseAction action = new CaseAction(this, actions.size() + 1, goal, description, responsible, dueOn);
        actions.add(action);
        updatedAt = at;
        record(
                CaseEventType.ACTION_ADDED,
                actor,
                at,
                "Action " + action.number() + " for goal " + goal + " by " + responsible + ", due " + dueOn);
        return Optional.of(action);
    }

    /** Ends an open action as done or cancelled; empty when the plan has no such action. */
    public Optional<CaseAction> endAction(int number, ActionStatus outcome, String note, Actor actor, Instant at) {
        requireOpen("planned");
        if (outcome == ActionStatus.OPEN) {
            throw new IllegalArgumentException("an action ends done or cancelled");
        }
        if (number < 1 || number > actions.size()) {
            return Optional.empty();
        }
        CaseAction action = actions.get(number - 1);
        if (!action.open()) {
            throw new RegistryException(
                    ErrorCode.CASE_STATUS_CONFLICT,
                    "Action " + number + " of case " + caseId + " is " + action.status() + " already.");
        }
        action.close(outcome, note, at);
        updatedAt = at;
        record(
                outcome == ActionStatus.DONE ? CaseEventType.ACTION_DONE : CaseEventType.ACTION_CANCELLED,
                actor,
                at,
                "Action " + number + (note == null ? "" : ": " + note));
        return Optional.of(action);
    }

    /** Links a referral of the returnee to the case (once; linking it again changes nothing). */
    public boolean linkReferral(String referralId, Actor actor, Instant at) {
        requireOpen("linked to a referral");
        if (referrals.contains(referralId)) {
            return false;
        }
        referrals.add(referralId);
        updatedAt = at;
        record(CaseEventType.REFERRAL_LINKED, actor, at, "Referral " + referralId);
        return true;
    }

    /** A progress note in the case's history. */
    public void note(String text, Actor actor, Instant at) {
        requireOpen("noted");
        updatedAt = at;
        record(CaseEventType.NOTE, actor, at, Objects.requireNonNull(text, "text"));
    }

    /**
     * Records a follow-up contact: it fills the earliest scheduled follow-up not yet made, or is added
     * outside the schedule when all are made. A contact dated before the case opened is refused.
     */
    public FollowUp followUp(LocalDate contactedOn, ContactOutcome contact, String note, Actor actor, Instant at) {
        requireOpen("followed up");
        if (contactedOn.isBefore(openedOn)) {
            throw new RegistryException(
                    ErrorCode.FOLLOW_UP_BEFORE_CASE_OPENED,
                    "Case " + caseId + " opened on " + openedOn + "; a follow-up on " + contactedOn
                            + " cannot be recorded.");
        }
        FollowUp slot = followUps.stream().filter(f -> !f.made()).findFirst().orElseGet(() -> {
            FollowUp extra = new FollowUp(this, followUps.size() + 1, null);
            followUps.add(extra);
            return extra;
        });
        slot.record(contactedOn, Objects.requireNonNull(contact, "contact"), note, at);
        updatedAt = at;
        record(
                CaseEventType.FOLLOWED_UP,
                actor,
                at,
                "Follow-up " + slot.number() + " on " + contactedOn + ": " + contact);
        return slot;
    }

    /**
     * Closes the case with its outcome. With actions still open a reason is required, and the open
     * actions are cancelled with it.
     */
    public void close(CaseOutcome closing, String reason, Actor actor, Instant at) {
        requireOpen("closed");
        Objects.requireNonNull(closing, "closing");
        long open = openActions();
        if (open > 0 && (reason == null || reason.isBlank())) {
            throw new RegistryException(
                    ErrorCode.CASE_HAS_OPEN_ACTIONS,
                    "Case " + caseId + " has " + open + " open action(s); say why it closes with them open.");
        }
        for (CaseAction a : actions) {
            if (a.open()) {
                a.close(ActionStatus.CANCELLED, "Case closed: " + reason, at);
            }
        }
        status = CaseStatus.CLOSED;
        openRegistryNumber = null;
        outcome = closing;
        closeReason = reason;
        closedAt = at;
        updatedAt = at;
        record(CaseEventType.CLOSED, actor, at, closing + (reason == null ? "" : ": " + reason));
    }

    /** The first assessment with the questionnaire, the baseline later ones are measured against. */
    public Optional<Assessment> baseline(String questionnaire) {
        return assessments.stream()
                .filter(a -> a.questionnaire().equals(questionnaire))
                .min(Comparator.comparingInt(Assessment::number));
    }

    /** The assessment the organisation recorded under its idempotency key, if any. */
    public Optional<Assessment> assessmentUnder(String owner, String key) {
        return assessments.stream().filter(a -> a.recordedUnder(owner, key)).findFirst();
    }

    public Optional<Assessment> assessment(int number) {
        return number < 1 || number > assessments.size() ? Optional.empty() : Optional.of(assessments.get(number - 1));
    }

    public long openActions() {
        return actions.stream().filter(CaseAction::open).count();
    }

    /** Whether the case is held by the organisation (a resource centre). */
    public boolean heldBy(String organisation) {
        return centre != null && centre.equals(organisation);
    }

    /** Whether the person (user name) of the organisation is the case's assigned case worker. */
    public boolean workedBy(String organisation, String username) {
        return status == CaseStatus.OPEN && heldBy(organisation) && worker != null && worker.equals(username);
    }

    private void requireOpen(String verb) {
        if (status != CaseStatus.OPEN) {
            throw new RegistryException(
                    ErrorCode.CASE_STATUS_CONFLICT,
                    "Case " + caseId + " is " + status + "; only an open case can be " + verb + ".");
        }
    }

    private void record(CaseEventType type, Actor actor, Instant at, String note) {
        events.add(new CaseEvent(this, events.size() + 1, type, at, actor, note));
    }

    public CaseId caseId() {
        return caseId;
    }

    public long version() {
        return version;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseTrigger trigger() {
        return trigger;
    }

    public String sourceNotification() {
        return sourceNotification;
    }

    /** The resource centre holding the case; null until one does. */
    public String centre() {
        return centre;
    }

    /** The user name of the assigned case worker; null until one is. */
    public String worker() {
        return worker;
    }

    public Profile profile() {
        return new Profile(sex, birthDate, homeDistrict, destinationCountry, returnModality, returnDate);
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public String closeReason() {
        return closeReason;
    }

    public List<CaseEvent> events() {
        return List.copyOf(events);
    }

    public List<Assessment> assessments() {
        return List.copyOf(assessments);
    }

    public List<CaseGoal> goals() {
        return List.copyOf(goals);
    }

    public List<CaseAction> actions() {
        return List.copyOf(actions);
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    public List<String> referrals() {
        return List.copyOf(referrals);
    }
}
