package io.warroom.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, checked on the raw bytes before anything reads them: HMAC-SHA256 of
 * {@code v0:<timestamp>:<body>} under the signing secret, with a timestamp at most five minutes away on either side
 * (Bolt's own check only refuses old ones), compared in constant time.
 */
final class SlackSignatureCheck {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String VERSION = "v0=";
    private static final int HEX_LENGTH = 64;

    private final SecretKeySpec key;

    SlackSignatureCheck(String signingSecret) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Why the request is refused, or empty when Slack signed it within the window. */
    Optional<String> refusal(String timestamp, String signature, byte[] body, long nowEpochSecond) {
        if (timestamp == null || signature == null) {
            return Optional.of("no signature");
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of("timestamp is not a number");
        }
        if (nowEpochSecond - sent > WINDOW.toSeconds()) {
            return Optional.of("timestamp more than 5 minutes old");
        }
        if (sent - nowEpochSecond > WINDOW.toSeconds()) {
            return Optional.of("timestamp more than 5 minutes in the future");
        }
        String given = signature.strip();
        if (!given.startsWith(VERSION) || given.length() != VERSION.length() + HEX_LENGTH) {
            return Optional.of("signature is not a v0 signature");
        }
        byte[] expected = sign(timestamp.strip(), body);
        byte[] actual = given.substring(VERSION.length()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) ? Optional.empty() : Optional.of("wrong signature");
    }

    private byte[] sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
