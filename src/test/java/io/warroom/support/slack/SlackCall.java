package io.warroom.support.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;

/**
 * One Web API call as the fake received it: the method name, its parameters (form fields, or the JSON body's
 * top-level members with objects and arrays kept as JSON text), when it came, and the HTTP status answered.
 */
public record SlackCall(String method, Map<String, String> params, Instant at, int status) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String param(String name) {
        return params.get(name);
    }

    /** A parameter that holds JSON (blocks, view, files), parsed. */
    public JsonNode json(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError(method + " sent " + name + " that is not JSON: " + value, e);
        }
    }

    /** Whether Slack accepted it (HTTP 200; the body may still say ok:false). */
    public boolean answered() {
        return status == 200;
    }
}
