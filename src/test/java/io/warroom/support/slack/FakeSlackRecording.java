package io.warroom.support.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake received, as JSON on {@code GET /_fake/calls} for benches that time deliveries from outside:
 * {@code [{"at":epochMillis,"method":…,"status":…,"params":{…}}]}, oldest first, without the token parameter.
 * Query {@code since=epochMillis} and {@code method=name} narrow it.
 */
final class FakeSlackRecording {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeSlackRecording() {
    }

    static void serve(HttpExchange exchange, List<SlackCall> calls) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> filter = query == null ? Map.of() : FakeSlackWire.form(query);
        long since = Long.parseLong(filter.getOrDefault("since", "0"));
        String method = filter.get("method");
        List<Map<String, Object>> out = new ArrayList<>();
        for (SlackCall call : calls) {
            if (call.at().toEpochMilli() < since || method != null && !method.equals(call.method())) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>(call.params());
            params.remove("token");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", call.at().toEpochMilli());
            row.put("method", call.method());
            row.put("status", call.status());
            row.put("params", params);
            out.add(row);
        }
        FakeSlackWire.respond(exchange, 200, JSON.writeValueAsString(out));
    }
}
