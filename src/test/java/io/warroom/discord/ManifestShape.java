package io.warroom.discord;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What a registration says about the fields the manifest sets: JDA adds its defaults (empty localizations,
 * autocomplete false...) and writes numbers as strings, which Discord reads the same; those differences are dropped,
 * any other difference stays.
 */
final class ManifestShape {

    private ManifestShape() {
    }

    static Object projectOnto(Object manifest, Object registered) {
        if (manifest instanceof JsonObject m) {
            if (!(registered instanceof JsonObject r)) {
                return registered;
            }
            JsonObject projected = new JsonObject();
            m.fieldNames().forEach(key -> projected.put(key, projectOnto(m.getValue(key), r.getValue(key))));
            return projected;
        }
        if (manifest instanceof JsonArray m) {
            if (!(registered instanceof JsonArray r) || r.size() != m.size()) {
                return registered;
            }
            JsonArray projected = new JsonArray();
            for (int i = 0; i < m.size(); i++) {
                projected.add(projectOnto(m.getValue(i), r.getValue(i)));
            }
            return projected;
        }
        if (manifest instanceof Number && registered != null && manifest.toString().equals(registered.toString())) {
            return manifest;
        }
        return registered;
    }
}
