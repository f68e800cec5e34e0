package io.warroom.access;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.oncall.OnCallDirectory;
import io.warroom.oncall.OnCallPerson;
import java.util.regex.Pattern;

/**
 * Matches a command's actor against people named in configuration. Only a user id a platform vouched for counts: a chat
 * user id as Slack or Discord sent it with a signed or gateway-delivered command, or a web account's user name from
 * its login session; a display name or a name typed as text never does.
 */
public final class Identities {

    /**
     * What configuration may name a person by: {@code slack:<id>}, {@code discord:<id>}, {@code web:<user name>} or an
     * on-call file id.
     */
    public static final Pattern REFERENCE = Pattern.compile("(slack|discord):[A-Za-z0-9]{2,32}|web:"
            + OnCallPerson.WEB_USER.pattern() + "|[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Identities() {
    }

    /** Whether the actor's user id was vouched for: a Slack or Discord user, or a signed-in web account. */
    public static boolean isVerifiedUser(Person actor) {
        return actor != null && actor.userId != null && (actor.platform == Platform.SLACK
                || actor.platform == Platform.DISCORD || actor.platform == Platform.WEB);
    }

    /** Whether the actor is this person of the on-call file, by the chat id or web account the file gives them. */
    public static boolean is(OnCallPerson person, Person actor) {
        return isVerifiedUser(actor) && person.userId(actor.platform).map(actor.userId::equals).orElse(false);
    }

    /** Whether a configured reference ({@code slack:U…}, {@code discord:…}, {@code web:…}, a file id) is the actor. */
    public static boolean matches(String reference, Person actor, OnCallDirectory directory) {
        if (!isVerifiedUser(actor)) {
            return false;
        }
        if (reference.startsWith("slack:")) {
            return actor.platform == Platform.SLACK && reference.substring(6).equals(actor.userId);
        }
        if (reference.startsWith("discord:")) {
            return actor.platform == Platform.DISCORD && reference.substring(8).equals(actor.userId);
        }
        if (reference.startsWith("web:")) {
            return actor.platform == Platform.WEB && reference.substring(4).equals(actor.userId);
        }
        return directory.person(reference).map(p -> is(p, actor)).orElse(false);
    }

    /**
     * Whether the actor is {@code holder}, a role's holder: the same chat user or web account, or the on-call file's
     * person the holder names (a holder named as text was set by someone with the right to give roles, see
     * {@link RoleHandler}).
     */
    public static boolean same(Person holder, Person actor, OnCallDirectory directory) {
        if (holder == null || !isVerifiedUser(actor)) {
            return false;
        }
        if (holder.userId != null && holder.platform == actor.platform && holder.userId.equals(actor.userId)) {
            return true;
        }
        return directory.find(holder).map(p -> is(p, actor)).orElse(false);
    }

    /**
     * Whether two people met in commands are the same human, for rules that need two different people: the same
     * platform and user id, or the same person of the on-call file (which links their Slack, Discord and web
     * identities). People known only by a name (no user id) count as the same when the names match.
     */
    public static boolean samePerson(Person a, Person b, OnCallDirectory directory) {
        if (a == null || b == null) {
            return false;
        }
        if (a.userId != null && b.userId != null && a.platform == b.platform && a.userId.equals(b.userId)) {
            return true;
        }
        var fileA = directory.find(a);
        var fileB = directory.find(b);
        if (fileA.isPresent() && fileB.isPresent() && fileA.get().id().equals(fileB.get().id())) {
            return true;
        }
        return (a.userId == null || b.userId == null) && a.displayName.equalsIgnoreCase(b.displayName);
    }

    /** How a refusal names a configured reference: the on-call file's name where it has one. */
    public static String describe(String reference, OnCallDirectory directory) {
        return reference.contains(":") ? reference
                : directory.person(reference).map(OnCallPerson::name).orElse(reference);
    }
}
