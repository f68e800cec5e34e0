package io.warroom.discord;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;

/** People as Warroom records them: their Discord id and the name the server shows. */
final class DiscordActors {

    private DiscordActors() {
    }

    static Person of(Member member, User user) {
        return new Person(Platform.DISCORD, user.getId(), name(member, user));
    }

    static String name(Member member, User user) {
        return member != null ? member.getEffectiveName() : user.getEffectiveName();
    }

    /** A mention the grammar reads ({@code <@id|name>}), with the name the server shows. */
    static String mention(Member member, User user) {
        return "<@" + user.getId() + "|" + name(member, user).replaceAll("[<>|]", "") + ">";
    }
}
