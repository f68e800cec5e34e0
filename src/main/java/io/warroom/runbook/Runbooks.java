package io.warroom.runbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every service's runbook actions, as the runbooks file declares them. */
public record Runbooks(Map<String, Map<String, RunbookAction>> services) {

    public Runbooks {
        Map<String, Map<String, RunbookAction>> copy = new LinkedHashMap<>();
        services.forEach((service, actions) -> copy.put(service, Collections.unmodifiableMap(
                new LinkedHashMap<>(actions))));
        services = Collections.unmodifiableMap(copy);
    }

    public static Runbooks empty() {
        return new Runbooks(Map.of());
    }

    /** The service's name as the file spells it, matched without regard to case. */
    public Optional<String> service(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return services.keySet().stream().filter(s -> s.equalsIgnoreCase(name.strip())).findFirst();
    }

    public List<RunbookAction> actions(String service) {
        return service(service).map(s -> List.copyOf(services.get(s).values())).orElse(List.of());
    }

    public Optional<RunbookAction> action(String service, String action) {
        return service(service).flatMap(s -> Optional.ofNullable(services.get(s).get(action.toLowerCase(Locale.ROOT))));
    }
}
