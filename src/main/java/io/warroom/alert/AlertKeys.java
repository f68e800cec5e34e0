package io.warroom.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The binding keys of an alert: its group key (if any) first, its fingerprint last, each scoped by source. */
public final class AlertKeys {

    private static final int MAX_KEY = 300;

    private AlertKeys() {
    }

    public static List<String> of(Alert alert) {
        List<String> keys = new ArrayList<>(2);
        if (alert.groupKey() != null && !alert.groupKey().isBlank()) {
            keys.add("group:" + alert.source() + ":" + bounded(alert.groupKey()));
        }
        keys.add(fingerprintKey(alert));
        return keys;
    }

    public static String fingerprintKey(Alert alert) {
        return "fp:" + alert.source() + ":" + bounded(alert.fingerprint());
    }

    /** Long keys (Alertmanager group keys can be) are replaced by their digest so they fit the column. */
    static String bounded(String key) {
        return key.length() <= MAX_KEY ? key : "sha256:" + sha256(key);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
