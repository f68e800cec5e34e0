package io.warroom.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What a modal needs to remember until it is submitted (which command, which channel), kept in the view's
 * private_metadata as JSON: Slack hands it back with the submission, so no state is held between the two requests.
 */
@ApplicationScoped
class ViewMetadata {

    /** Slack's limit for private_metadata. */
    private static final int MAX = 3000;

    @Inject
    ObjectMapper json;

    String write(Object value) {
        try {
            String text = json.writeValueAsString(value);
            if (text.length() > MAX) {
                throw new IllegalArgumentException("modal metadata is " + text.length() + " characters, over " + MAX);
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value, or empty when the view carries none or something Warroom did not write. */
    <T> Optional<T> read(String metadata, Class<T> type) {
        if (metadata == null || metadata.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(metadata, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
