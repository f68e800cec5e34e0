package io.warroom.incident.similar;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Gives incidents opened before similar incidents were kept their terms, so new incidents can be matched to them. */
@ApplicationScoped
class TermBackfill {

    private static final Logger LOG = Logger.getLogger(TermBackfill.class);
    private static final int BATCH = 200;

    @Inject
    SimilarIncidents similar;

    void onStart(@Observes StartupEvent start) {
        long after = 0;
        int batches = 0;
        try {
            for (long last = similar.indexUnindexed(after, BATCH); last >= 0; last = similar.indexUnindexed(after,
                    BATCH)) {
                after = last;
                batches++;
            }
        } catch (RuntimeException e) {
            // Another instance sharing the database is indexing the same incidents; it finishes the job.
            LOG.infof("Indexing earlier incidents for similarity stopped after INC-%d: %s", after, e.getMessage());
            return;
        }
        if (batches > 0) {
            LOG.infof("Indexed earlier incidents up to INC-%d for similar-incident search", after);
        }
    }
}
