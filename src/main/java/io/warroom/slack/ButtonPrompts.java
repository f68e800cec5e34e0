package io.warroom.slack;

import java.util.Optional;

/**
 * A button that asks for text before it runs (e.g. "Post update") carries its question as the button's value (the
 * card's buttons carry none); a click then opens a modal with that question, and the answer completes the command.
 */
final class ButtonPrompts {

    private ButtonPrompts() {
    }

    static Optional<String> question(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
