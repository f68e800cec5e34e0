package io.warroom.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.oncall.OnCallDirectory;
import io.warroom.oncall.OnCallPerson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration names people by chat user id; a display name or a typed name never stands in for one. */
class IdentitiesTest {

    static final OnCallPerson ANA = new OnCallPerson("ana", "Ana Lima", "U01ANA", "302050872383242240");
    static final OnCallDirectory FILE = new OnCallDirectory(Map.of("ana", ANA), Map.of(), null);

    @Test
    void aChatUserIsMatchedByTheirUserIdOnTheirOwnPlatform() {
        assertTrue(Identities.matches("ana", new Person(Platform.SLACK, "U01ANA", "whoever"), FILE));
        assertTrue(Identities.matches("ana", new Person(Platform.DISCORD, "302050872383242240", "a"), FILE));
        assertTrue(Identities.matches("slack:U0ROOT", new Person(Platform.SLACK, "U0ROOT", "root"), FILE));
        assertFalse(Identities.matches("slack:U0ROOT", new Person(Platform.DISCORD, "U0ROOT", "root"), FILE));
        assertFalse(Identities.matches("discord:302050872383242240", new Person(Platform.SLACK,
                "302050872383242240", "Ana Lima"), FILE));
    }

    @Test
    void aNameNeverMatches() {
        assertFalse(Identities.matches("ana", new Person(Platform.SLACK, "U0EVE", "Ana Lima"), FILE));
        assertFalse(Identities.matches("ana", Person.named("ana"), FILE));
        assertFalse(Identities.matches("ana", Person.named("Ana Lima"), FILE));
        assertFalse(Identities.same(Person.named("Ana Lima"), Person.named("Ana Lima"), FILE));
        assertFalse(Identities.same(new Person(Platform.SLACK, "U01ANA", "Ana"), new Person(Platform.SLACK, "U0EVE",
                "Ana"), FILE));
    }

    @Test
    void aRoleHolderNamedAsTextIsTheFilesPersonOfThatName() {
        assertTrue(Identities.same(Person.named("ana"), new Person(Platform.DISCORD, "302050872383242240", "x"),
                FILE));
        assertTrue(Identities.same(new Person(Platform.SLACK, "U01ANA", "Ana"), new Person(Platform.DISCORD,
                "302050872383242240", "Ana Lima"), FILE), "the same person of the file, on the other platform");
    }
}
