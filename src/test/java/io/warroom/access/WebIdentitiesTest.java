package io.warroom.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.oncall.OnCallDirectory;
import io.warroom.oncall.OnCallFile;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A web account is named as web:<user name>, or by the on-call file's web field; only a signed-in account counts. */
class WebIdentitiesTest {

    static final OnCallDirectory FILE = OnCallFile.parse("""
            people:
              ana: { name: Ana Lima, slack: U01ANA, web: ana.lima }
              bo:  { name: Bo Chen, slack: U01BO }
            teams:
              payments:
                services: [checkout]
                rotations:
                  primary: { people: [ana, bo], length: 1w, start: 2025-01-06 }
            """, "oncall.yaml", ZoneOffset.UTC);

    static Person web(String username) {
        return new Person(Platform.WEB, username, "Someone");
    }

    @Test
    void theOnCallFileNamesAPersonsWebAccount() {
        assertEquals("ana.lima", FILE.person("ana").orElseThrow().webUser());
        assertTrue(Identities.matches("ana", web("ana.lima"), FILE));
        assertTrue(Identities.is(FILE.person("ana").orElseThrow(), web("ana.lima")));
        assertFalse(Identities.matches("ana", web("ana"), FILE));
        assertFalse(Identities.matches("bo", web("bo"), FILE), "bo has no web account in the file");
    }

    @Test
    void webReferenceMatchesOnlyThatSignedInAccount() {
        assertTrue(Identities.REFERENCE.matcher("web:ops-lead").matches());
        assertTrue(Identities.matches("web:ops-lead", web("ops-lead"), FILE));
        assertFalse(Identities.matches("web:ops-lead", web("ops-leader"), FILE));
        assertFalse(Identities.matches("web:ops-lead", new Person(Platform.SLACK, "ops-lead", "x"), FILE));
        assertFalse(Identities.matches("web:ops-lead", new Person(Platform.API, "ops-lead", "ops-lead"), FILE),
                "an API caller names itself; that is not a signed-in account");
        assertFalse(Identities.matches("web:ops-lead", Person.named("ops-lead"), FILE));
        assertFalse(Identities.matches("slack:U01ANA", web("U01ANA"), FILE));
    }

    @Test
    void aRoleHeldByAWebAccountIsThatAccount() {
        assertTrue(Identities.same(web("ops-lead"), web("ops-lead"), FILE));
        assertTrue(Identities.same(new Person(Platform.SLACK, "U01ANA", "Ana"), web("ana.lima"), FILE),
                "the file's Ana, acting from the web");
        assertFalse(Identities.same(web("ops-lead"), web("eve"), FILE));
    }

    @Test
    void aMalformedWebAccountInTheFileStopsTheLoad() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> OnCallFile.parse("""
                people:
                  ana: { name: Ana Lima, web: "Ana Lima" }
                teams: {}
                """, "oncall.yaml", ZoneOffset.UTC));
        assertTrue(e.getMessage().contains("people.ana.web"), e.getMessage());
    }
}
