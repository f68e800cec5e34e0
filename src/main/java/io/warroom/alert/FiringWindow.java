package io.warroom.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One coalescing window of an alert's firings, shared by every instance through its unique key. */
@Entity
@Table(name = "firing_window")
public class FiringWindow {

    static final int TEXT_MAX = 2000;

    @Id
    @Column(name = "window_key", length = 700)
    public String key;

    /** The incident the firings join; 0 for posts to the alert channels. */
    @Column(name = "incident_number", nullable = false)
    public long incidentNumber;

    @Column(name = "line_text", nullable = false, length = TEXT_MAX)
    public String text;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** Firings counted since the window started, beyond the first. */
    @Column(nullable = false)
    public long more;
}
