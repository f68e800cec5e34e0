package io.warroom.discord;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Remembers which buttons ask for text first, so a click can open the right form. */
@ApplicationScoped
class ButtonPromptStore {

    private static final Logger LOG = Logger.getLogger(ButtonPromptStore.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void remember(String customId, String label, String prompt) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ButtonPrompt row = em.find(ButtonPrompt.class, customId);
                boolean known = row != null;
                if (!known) {
                    row = new ButtonPrompt();
                    row.customId = customId;
                }
                row.label = DiscordText.clip(label, 80);
                row.prompt = DiscordText.clip(prompt, 1000);
                row.updatedAt = clock.instant();
                if (!known) {
                    em.persist(row);
                }
            });
        } catch (RuntimeException e) {
            // Another delivery stored the same button at the same moment; either copy will do.
            LOG.debugf("Button prompt for %s not stored: %s", customId, e.getMessage());
        }
    }

    Optional<ButtonPrompt> find(String customId) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(em.find(ButtonPrompt.class, customId)));
    }
}
