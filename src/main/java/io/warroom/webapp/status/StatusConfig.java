package io.warroom.webapp.status;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The public status page at /status. */
@ConfigMapping(prefix = "warroom.status")
public interface StatusConfig {

    /** The page's title (also of its JSON and Atom feed); unset, "Service status" in the page's language. */
    Optional<String> title();

    /** The short text shown as the page's logo; unset, "Status" in the page's language. */
    Optional<String> logoText();

    /** The services listed, comma-separated; unset lists the services of incidents in the last 90 days. */
    Optional<List<String>> services();
}
