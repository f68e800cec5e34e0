package io.warroom.webapp;

import io.warroom.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account of the web app. */
@Entity
@Table(name = "web_user")
public class WebUser {

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = USERNAME_MAX, unique = true)
    public String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    public String displayName;

    /** Bcrypt in modular crypt form; null for an account that signs in only through single sign-on. */
    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    /** The single sign-on provider's subject of an account it created; null for a local account. */
    @Column(name = "sso_subject", length = 255, unique = true)
    public String ssoSubject;

    @Column(nullable = false)
    public boolean admin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    /** The language the user chose for the web app; null follows the browser. */
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public Language language;
}
