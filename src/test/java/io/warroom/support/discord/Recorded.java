package io.warroom.support.discord;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * One REST call the fake received, as sent: method, path under the API base (e.g. {@code channels/1/messages}), the
 * JSON body (payload_json for uploads), uploaded files by form name, and the HTTP status the fake answered.
 */
public record Recorded(Instant at, String method, String path, String query, Object body, Map<String, Upload> files,
        int status) {

    public record Upload(String filename, String contentType, byte[] content) {

        public String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public JsonObject json() {
        return body instanceof JsonObject o ? o : new JsonObject();
    }

    public JsonArray array() {
        return body instanceof JsonArray a ? a : new JsonArray();
    }

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }
}
