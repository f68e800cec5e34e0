package io.warroom.tracker;

import io.quarkus.runtime.StartupEvent;
import io.warroom.config.WatchedFile;
import io.warroom.oncall.OnCallSchedules;
import io.warroom.oncall.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The trackers file (WARROOM_TRACKERS_FILE): read at start, where a broken file stops Warroom with a message saying
 * what is wrong, and again whenever it changes. Teams are those of the on-call file.
 */
@ApplicationScoped
@Named("trackers")
public class Trackers {

    private static final Logger LOG = Logger.getLogger(Trackers.class);

    @Inject
    TrackerConfig config;

    @Inject
    OnCallSchedules schedules;

    private volatile WatchedFile<TrackerDirectory> file;

    void onStart(@Observes StartupEvent event) {
        if (watched() == null) {
            return;
        }
        TrackerDirectory directory = file.current();
        LOG.infof("Trackers file %s: %d trackers", config.file().get(), directory.trackers().size());
        for (Tracker tracker : directory.all()) {
            if (System.getenv(tracker.tokenEnv()) == null) {
                LOG.warnf("Tracker %s: the environment variable %s is not set; filing there will fail",
                        tracker.name(), tracker.tokenEnv());
            }
            tracker.teams().stream().filter(team -> schedules.current().team(team).isEmpty()).forEach(team ->
                    LOG.warnf("Tracker %s serves team %s, which the on-call file does not list", tracker.name(), team));
        }
    }

    public boolean configured() {
        return config.file().isPresent();
    }

    public TrackerDirectory current() {
        WatchedFile<TrackerDirectory> watched = watched();
        return watched == null ? TrackerDirectory.empty() : watched.current();
    }

    /** The tracker for an incident's action items: by its service, else its service's team, else the default. */
    public Optional<Tracker> forService(String service) {
        return current().forIncident(service, schedules.current().teamFor(service).map(Team::name));
    }

    /** Whether the web page offers to file action items of an incident of this service. */
    public boolean offered(String service) {
        return configured() && forService(service).isPresent();
    }

    private WatchedFile<TrackerDirectory> watched() {
        if (file == null && config.file().isPresent()) {
            Path path = Path.of(config.file().get());
            file = new WatchedFile<>(path, "Trackers file (WARROOM_TRACKERS_FILE)",
                    text -> TrackersFile.parse(text, path.toString()));
        }
        return file;
    }
}
