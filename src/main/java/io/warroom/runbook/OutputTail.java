package io.warroom.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Keeps the last bytes of a process's output while draining it, so a chatty command never blocks on a full pipe. */
final class OutputTail {

    private static final int KEEP = 64 * 1024;
    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");

    private final byte[] ring = new byte[KEEP];
    private long total;

    /** Reads until end of stream; returns quietly when the stream is closed under it. */
    void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                append(buffer, n);
            }
        } catch (IOException closed) {
            // The process was killed or its pipe closed: what was read is kept.
        }
    }

    synchronized void append(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (total % KEEP)] = bytes[i];
            total++;
        }
    }

    /**
     * The last lines as text: ANSI colours and control characters removed, secrets masked, then at most maxLines
     * and maxChars. Masking comes before cutting, so a secret the cut goes through never shows in part. When the
     * output was longer than what is kept, the first, partial line is dropped for the same reason.
     */
    synchronized String lastLines(int maxLines, int maxChars, SecretMask mask) {
        byte[] kept;
        if (total <= KEEP) {
            kept = Arrays.copyOf(ring, (int) total);
        } else {
            int start = (int) (total % KEEP);
            kept = new byte[KEEP];
            System.arraycopy(ring, start, kept, 0, KEEP - start);
            System.arraycopy(ring, 0, kept, KEEP - start, start);
        }
        String text = ANSI.matcher(new String(kept, StandardCharsets.UTF_8)).replaceAll("")
                .replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").stripTrailing();
        if (total > KEEP) {
            text = text.substring(text.indexOf('\n') + 1);
        }
        text = mask.apply(text);
        List<String> lines = Arrays.asList(text.split("\n", -1));
        boolean cut = total > KEEP || lines.size() > maxLines;
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
        if (tail.length() > maxChars) {
            tail = tail.substring(tail.length() - maxChars);
            cut = true;
        }
        return cut && !tail.isEmpty() ? "…\n" + tail : tail;
    }
}
