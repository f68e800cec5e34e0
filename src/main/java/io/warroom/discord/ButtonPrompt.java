package io.warroom.discord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The question a Discord button asks (in a form) before it runs its command. */
@Entity
@Table(name = "discord_button_prompt")
public class ButtonPrompt {

    @Id
    @Column(name = "custom_id", length = 100)
    public String customId;

    @Column(nullable = false, length = 80)
    public String label;

    @Column(nullable = false, length = 1000)
    public String prompt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
