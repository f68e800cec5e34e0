package io.warroom.alert.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.alert.AlertKeys;
import io.warroom.incident.Echo;
import java.util.Locale;
import java.util.Map;

/** One delivery as it arrived: its headers (names in lower case) and the exact body bytes, parsed on demand. */
public final class IntakeRequest {

    private final String source;
    private final Map<String, String> headers;
    private final byte[] body;
    private final ObjectMapper mapper;
    private JsonNode json;

    public IntakeRequest(String source, Map<String, String> headers, byte[] body, ObjectMapper mapper) {
        this.source = source;
        this.headers = headers;
        this.body = body;
        this.mapper = mapper;
    }

    public String source() {
        return source;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public byte[] body() {
        return body;
    }

    /** Marks delivery keys that are body digests: they identify a redelivery only within the redelivery window. */
    public static final String DIGEST_PREFIX = "sha256:";

    /** A digest of the body: the same payload delivered again has the same one. */
    public String digest() {
        return DIGEST_PREFIX + AlertKeys.sha256(body);
    }

    /** The body as a JSON object, whatever the content type said (SNS sends text/plain). */
    public JsonNode json() {
        if (json == null) {
            JsonNode parsed;
            try {
                parsed = mapper.readTree(body);
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr();
                throw new IntakeException(400, null, "Malformed JSON" + where + ": " + Echo.of(e.getOriginalMessage(), 300));
            } catch (java.io.IOException e) {
                throw new IntakeException(400, null, "Unreadable body: " + Echo.of(e.getMessage(), 300));
            }
            if (parsed == null || parsed.isMissingNode()) {
                throw new IntakeException(400, null, "Empty body: expected a JSON object.");
            }
            if (!parsed.isObject()) {
                throw new IntakeException(400, null, "Expected a JSON object, got " + parsed.getNodeType()
                        .name().toLowerCase(Locale.ROOT) + ".");
            }
            json = parsed;
        }
        return json;
    }
}
