package io.warroom.command;

import io.warroom.incident.FieldLimits;

/** Refuses a command argument longer than its database column, naming the argument, before anything is written. */
final class FieldLength {

    private FieldLength() {
    }

    /** The value when it fits (null stays null); otherwise a usage error naming the field and its limit. */
    static String within(String value, String field, int max, Verb verb) {
        if (value != null && value.length() > max) {
            int length = value.length();
            throw new UsageException("`" + field + "` is " + length + " characters; the limit is " + max + ".", verb,
                    m -> m.fieldTooLong(field, length, max));
        }
        return value;
    }

    /** A person named in a command: their name and platform id must fit the person columns. */
    static UserRef person(UserRef person, String field, Verb verb) {
        within(person.name(), field, FieldLimits.PERSON_NAME, verb);
        within(person.userId(), field + " id", FieldLimits.USER_ID, verb);
        return person;
    }
}
