package io.warroom.runbook;

import io.quarkus.runtime.StartupEvent;
import io.warroom.config.ConfigFileException;
import io.warroom.oncall.OnCallDirectory;
import io.warroom.oncall.OnCallSchedules;
import io.warroom.config.WatchedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * The runbooks file (WARROOM_RUNBOOKS_FILE): read at start (a broken file stops Warroom and says why) and again
 * whenever it changes. A confirmation shown before a change no longer runs: its plan hash differs.
 */
@ApplicationScoped
public class RunbookCatalog {

    private static final Logger LOG = Logger.getLogger(RunbookCatalog.class);

    @Inject
    RunbookConfig config;

    @Inject
    OnCallSchedules schedules;

    private volatile WatchedFile<Runbooks> file;

    void onStart(@Observes StartupEvent event) {
        if (watched() != null) {
            Runbooks runbooks = file.current();
            LOG.infof("Runbooks %s: %d services, %d actions", config.file().get(), runbooks.services().size(),
                    runbooks.services().values().stream().mapToInt(java.util.Map::size).sum());
        }
    }

    public boolean configured() {
        return config.file().isPresent();
    }

    public Runbooks current() {
        WatchedFile<Runbooks> watched = watched();
        if (watched == null) {
            return Runbooks.empty();
        }
        return watched.current();
    }

    private WatchedFile<Runbooks> watched() {
        if (file == null && config.file().isPresent()) {
            Path path = Path.of(config.file().get());
            file = new WatchedFile<>(path, "Runbooks file (WARROOM_RUNBOOKS_FILE)", text -> checked(
                    RunbookFile.parse(text, path.toString()), path));
        }
        return file;
    }

    /** People an action lists by on-call id must exist in the on-call file, or nobody could ever match them. */
    private Runbooks checked(Runbooks runbooks, Path path) {
        if (!schedules.configured()) {
            return runbooks;
        }
        OnCallDirectory directory = schedules.current();
        for (var actions : runbooks.services().values()) {
            for (RunbookAction action : actions.values()) {
                for (String person : action.allowedPeople()) {
                    if (!person.contains(":") && directory.person(person).isEmpty()) {
                        throw new ConfigFileException(path + ": services." + action.service() + "." + action.name()
                                + ".allowed_people: no person `" + person + "` in the on-call file (known: "
                                + String.join(", ", directory.people().keySet()) + ")");
                    }
                }
            }
        }
        return runbooks;
    }
}
