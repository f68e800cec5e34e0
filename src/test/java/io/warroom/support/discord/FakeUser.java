package io.warroom.support.discord;

/** A member of the fake server: their id and the name the server shows for them. */
public record FakeUser(String id, String username, String displayName) {

    /** How Discord writes a mention of them. */
    public String mention() {
        return "<@" + id + ">";
    }
}
