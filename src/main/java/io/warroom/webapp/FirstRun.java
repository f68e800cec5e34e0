package io.warroom.webapp;

import io.quarkus.runtime.StartupEvent;
import io.warroom.config.WarroomConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first start creates the admin account, so a newcomer can open the web app before setting anything up. A
 * generated password is shown once, on the console only (not through the logger, whose output may be shipped
 * elsewhere); only its hash is kept.
 */
@ApplicationScoped
class FirstRun {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(FirstRun.class);

    @Inject
    WebUsers users;

    @Inject
    WebConfig config;

    @Inject
    WarroomConfig warroom;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void start(@Observes StartupEvent event) {
        String url = warroom.publicUrl().map(u -> u.endsWith("/") ? u : u + "/")
                .orElse("http://localhost:" + port + "/");
        if (!config.createAdmin()) {
            return;
        }
        if (users.count() > 0) {
            LOG.infof("Web app: %s (log in with your Warroom account).", url);
            return;
        }
        boolean generated = config.adminPassword().filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? GeneratedPasswords.next() : config.adminPassword().get();
        try {
            users.create(ADMIN, "Admin", password, true);
        } catch (WebUsers.AccountException e) {
            // Another replica created it a moment ago, or WARROOM_ADMIN_PASSWORD breaks the password rules.
            if (users.find(ADMIN).isEmpty()) {
                throw new IllegalStateException("WARROOM_ADMIN_PASSWORD: the admin password must be "
                        + WebUsers.PASSWORD_MIN + " to " + WebUsers.PASSWORD_MAX_BYTES + " bytes long.");
            }
            LOG.infof("Web app: %s (log in with your Warroom account).", url);
            return;
        }
        if (generated) {
            System.out.println("Web app: " + url + " - log in as " + ADMIN + " with password " + password
                    + " (shown once; set WARROOM_ADMIN_PASSWORD to choose it)");
            System.out.flush();
        } else {
            LOG.infof("Web app: %s - log in as %s with the password of WARROOM_ADMIN_PASSWORD.", url, ADMIN);
        }
    }
}
