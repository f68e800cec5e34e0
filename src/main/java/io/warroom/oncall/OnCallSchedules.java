package io.warroom.oncall;

import io.quarkus.runtime.StartupEvent;
import io.warroom.config.WarroomConfig;
import io.warroom.config.WatchedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The on-call file (WARROOM_ONCALL_FILE): read at start, where a broken file stops Warroom with a message saying
 * what is wrong, and read again whenever it changes, so editing a schedule needs no restart.
 */
@ApplicationScoped
public class OnCallSchedules {

    private static final Logger LOG = Logger.getLogger(OnCallSchedules.class);

    @Inject
    OnCallConfig config;

    @Inject
    WarroomConfig warroom;

    private volatile WatchedFile<OnCallDirectory> file;

    void onStart(@Observes StartupEvent event) {
        if (watched() != null) {
            OnCallDirectory directory = file.current();
            LOG.infof("On-call schedule %s: %d teams, %d people", config.file().get(), directory.teams().size(),
                    directory.people().size());
        }
    }

    public boolean configured() {
        return config.file().isPresent();
    }

    /** The current schedule; empty when no file is configured. */
    public OnCallDirectory current() {
        WatchedFile<OnCallDirectory> watched = watched();
        if (watched == null) {
            return OnCallDirectory.empty();
        }
        return watched.current();
    }

    private WatchedFile<OnCallDirectory> watched() {
        if (file == null && config.file().isPresent()) {
            Path path = Path.of(config.file().get());
            file = new WatchedFile<>(path, "On-call file (WARROOM_ONCALL_FILE)",
                    text -> OnCallFile.parse(text, path.toString(), warroom.timeZone()));
        }
        return file;
    }
}
