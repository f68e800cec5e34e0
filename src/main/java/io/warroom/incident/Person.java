package io.warroom.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A person as a chat platform knows them; userId is empty for a name typed as plain text. */
@Embeddable
public class Person {

    @Enumerated(EnumType.STRING)
    @Column(name = "person_platform", length = 16)
    public Platform platform;

    @Column(name = "person_user_id", length = 64)
    public String userId;

    @Column(name = "person_name", length = 200)
    public String displayName;

    protected Person() {
    }

    public Person(Platform platform, String userId, String displayName) {
        this.platform = Objects.requireNonNull(platform);
        this.userId = userId == null || userId.isBlank() ? null : userId;
        this.displayName = displayName == null || displayName.isBlank()
                ? (this.userId == null ? "unknown" : this.userId) : displayName;
    }

    public static Person system() {
        return new Person(Platform.SYSTEM, "warroom", "Warroom");
    }

    public static Person named(String displayName) {
        return new Person(Platform.API, null, displayName);
    }

    public boolean sameAs(Person other) {
        if (other == null) {
            return false;
        }
        if (userId != null && other.userId != null) {
            return platform == other.platform && userId.equals(other.userId);
        }
        return displayName.equalsIgnoreCase(other.displayName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && platform == p.platform && Objects.equals(userId, p.userId)
                && Objects.equals(displayName, p.displayName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, userId, displayName);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
