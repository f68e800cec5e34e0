package io.warroom.incident;

import io.warroom.i18n.Language;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident aggregate. Rule methods change state and return what happened, which the service writes on the
 * timeline; they throw {@link IncidentRuleException} when the current state does not allow the change.
 * Child collections are unordered in the database (ordering them there costs startup time); readers sort them.
 */
@Entity
@Table(name = "incident")
public class Incident {

    public static final int TITLE_MAX = 200;
    public static final String KEY_PREFIX = "INC-";

    /** The n of INC-n: from a database sequence, so unique across concurrent openings and instances. */
    @Id
    @SequenceGenerator(name = "incident_number", sequenceName = "incident_number", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_number")
    public Long number;

    @Column(nullable = false, length = TITLE_MAX)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Severity severity;

    @Column(length = 200)
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Phase phase;

    @Column(length = 4000)
    public String description;

    /** The language its cards, replies, pages and postmortem speak; chosen when it opens, kept to the end. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Language language = Language.EN;

    @Column(length = 4000)
    public String impact;

    /** What resolved it, as given to {@code resolve}. */
    @Column(length = 4000)
    public String summary;

    /** What set it off, for the review. */
    @Column(name = "trigger_text", length = 4000)
    public String trigger;

    @ElementCollection
    @CollectionTable(name = "incident_role", joinColumns = @JoinColumn(name = "incident_id"))
    @MapKeyColumn(name = "role", length = 16)
    @MapKeyEnumerated(EnumType.STRING)
    public Map<Role, Person> roles = new EnumMap<>(Role.class);

    @ElementCollection
    @CollectionTable(name = "incident_link", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    public List<IncidentLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ChecklistItem> checklist = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<Why> whys = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ActionItem> actionItems = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL)
    public List<ChatRoom> rooms = new ArrayList<>();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "opened_by_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "opened_by_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "opened_by_name"))
    })
    public Person openedBy;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "ack_by_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "ack_by_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "ack_by_name"))
    })
    public Person acknowledgedBy;

    /** When the impact began; an alert may say it began before anyone noticed. */
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "mitigated_at")
    public Instant mitigatedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "last_update", length = 4000)
    public String lastUpdate;

    @Column(name = "last_update_at")
    public Instant lastUpdateAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Incident() {
    }

    public static Incident open(NewIncident request, Playbook playbook, Language language, Instant now) {
        Incident incident = new Incident();
        incident.language = language;
        incident.title = request.title();
        incident.severity = request.severity();
        incident.service = request.service();
        incident.description = request.description();
        incident.status = IncidentStatus.OPEN;
        incident.phase = Phase.DETECT;
        incident.openedBy = request.openedBy();
        incident.detectedAt = now;
        incident.startedAt = request.startedAt() != null && request.startedAt().isBefore(now) ? request.startedAt() : now;
        incident.updatedAt = now;
        for (Phase phase : Phase.values()) {
            List<PlaybookStep> steps = playbook.checklist(phase, language);
            for (int i = 0; i < steps.size(); i++) {
                incident.checklist.add(new ChecklistItem(incident, phase, i + 1, steps.get(i).key(), steps.get(i).text()));
            }
        }
        return incident;
    }

    public String key() {
        return KEY_PREFIX + number;
    }

    public boolean isClosed() {
        return status == IncidentStatus.CLOSED;
    }

    public Optional<Person> role(Role role) {
        return Optional.ofNullable(roles.get(role));
    }

    /** The checklist of one phase, in playbook order. */
    public List<ChecklistItem> checklist(Phase of) {
        return checklist.stream().filter(item -> item.phase == of)
                .sorted(Comparator.comparingInt(item -> item.position)).toList();
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public void requireNotClosed() {
        if (isClosed()) {
            throw new IncidentRuleException(TimelineTexts.of(this).closedNoChange(key()));
        }
    }

    public void requireOpen(String what) {
        requireNotClosed();
        if (status != IncidentStatus.OPEN) {
            throw new IncidentRuleException(TimelineTexts.of(this).resolvedNeedsOpen(key(), what));
        }
    }
}
