package io.warroom.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command answers, for any surface to render: text (plain, with `code` spans), labelled fields, buttons, a
 * confirmation to ask for, or a file.
 */
public record Reply(
        Outcome outcome,
        String text,
        List<Field> fields,
        List<Button> buttons,
        String incidentKey,
        Confirmation confirmation,
        FileAttachment file) {

    public enum Outcome {
        OK,
        /** The input did not fit the grammar. */
        USAGE,
        NOT_FOUND,
        /** The incident's state does not allow it. */
        CONFLICT,
        /** The person may not do this. */
        REFUSED,
        /** Warroom could not do it; nothing was changed. */
        FAILED
    }

    public record Field(String label, String value) {
    }

    public enum ButtonStyle {
        DEFAULT,
        PRIMARY,
        DANGER
    }

    /**
     * A button that runs a command on the incident when clicked. With a prompt, the surface first asks for text
     * (Slack and Discord open a modal) and appends it to the command.
     */
    public record Button(String label, String command, ButtonStyle style, String prompt) {

        public Button(String label, String command, ButtonStyle style) {
            this(label, command, style, null);
        }
    }

    /** Ask before running: shows text, and runs command only when the person confirms. */
    public record Confirmation(String title, String text, String confirmLabel, String command) {
    }

    public record FileAttachment(String filename, String mediaType, String content) {
    }

    public static Reply ok(String text) {
        return new Reply(Outcome.OK, text, List.of(), List.of(), null, null, null);
    }

    public static Reply error(Outcome outcome, String text) {
        return new Reply(outcome, text, List.of(), List.of(), null, null, null);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }

    public Reply about(String key) {
        return new Reply(outcome, text, fields, buttons, key, confirmation, file);
    }

    public Reply withFields(List<Field> more) {
        List<Field> all = new ArrayList<>(fields);
        all.addAll(more);
        return new Reply(outcome, text, List.copyOf(all), buttons, incidentKey, confirmation, file);
    }

    public Reply withButtons(List<Button> more) {
        List<Button> all = new ArrayList<>(buttons);
        all.addAll(more);
        return new Reply(outcome, text, fields, List.copyOf(all), incidentKey, confirmation, file);
    }

    public Reply withConfirmation(Confirmation ask) {
        return new Reply(outcome, text, fields, buttons, incidentKey, ask, file);
    }

    public Reply withFile(FileAttachment attachment) {
        return new Reply(outcome, text, fields, buttons, incidentKey, confirmation, attachment);
    }
}
