package io.warroom.incident;

import io.warroom.i18n.Language;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A lesson for the review: what went well, what went wrong, where we got lucky. */
@Entity
@Table(name = "lesson")
public class Lesson extends IncidentPart {

    public enum Kind {
        WELL("What went well"),
        WRONG("What went wrong"),
        LUCKY("Where we got lucky");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }

        public String heading(Language language) {
            TimelineMessages texts = TimelineTexts.of(language);
            return switch (this) {
                case WELL -> texts.lessonWell();
                case WRONG -> texts.lessonWrong();
                case LUCKY -> texts.lessonLucky();
            };
        }

        public static Optional<Kind> parse(String text) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst();
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Kind kind;

    @Column(nullable = false, length = 2000)
    public String text;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "author_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "author_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "author_name"))
    })
    public Person author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Lesson() {
    }

    Lesson(Incident incident, Kind kind, String text, Person author, Instant createdAt) {
        super(incident);
        this.kind = kind;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }
}
