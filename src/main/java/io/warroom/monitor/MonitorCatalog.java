package io.warroom.monitor;

import io.quarkus.runtime.StartupEvent;
import io.warroom.config.WatchedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The monitors file (WARROOM_MONITORS_FILE): read at start, where a broken file stops Warroom with the line to fix,
 * and read again whenever it changes, so adding a health check needs no restart.
 */
@ApplicationScoped
public class MonitorCatalog {

    private static final Logger LOG = Logger.getLogger(MonitorCatalog.class);

    @Inject
    MonitorConfig config;

    @Inject
    LatencyConfig latency;

    private volatile WatchedFile<Monitors> file;

    void onStart(@Observes StartupEvent event) {
        if (watched() != null) {
            Monitors monitors = file.current();
            LOG.infof("Monitors %s: %d health checks, error-rate rules for %d services, latency rules for %d",
                    config.file().get(), monitors.checks().size(), monitors.errorRates().size(),
                    monitors.latency().size());
        }
    }

    public boolean configured() {
        return config.file().isPresent();
    }

    /** What the file says now; empty when no file is configured. */
    public Monitors current() {
        WatchedFile<Monitors> watched = watched();
        return watched == null ? Monitors.empty() : watched.current();
    }

    /** The global latency rule; null when its settings are unusable, which stops Warroom at start anyway. */
    private LatencyRule latencyDefaults() {
        try {
            return latency.defaults();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private WatchedFile<Monitors> watched() {
        if (file == null && config.file().isPresent()) {
            Path path = Path.of(config.file().get());
            file = new WatchedFile<>(path, "Monitors file (WARROOM_MONITORS_FILE)",
                    text -> MonitorsFile.parse(text, path.toString(), System::getenv, latencyDefaults()));
        }
        return file;
    }
}
