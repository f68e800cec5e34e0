package io.warroom.chat;

import java.text.Normalizer;
import java.util.Locale;

/** Channel names for incident rooms: {@code inc-42-checkout-5xx-spike}, lowercase, within the platform's limit. */
public final class RoomNames {

    private RoomNames() {
    }

    public static String of(String prefix, long number, String title, int maxLength) {
        String base = prefix + number;
        String slug = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String name = slug.isEmpty() ? base : base + "-" + slug;
        if (name.length() > maxLength) {
            name = name.substring(0, maxLength).replaceAll("-+$", "");
        }
        return name;
    }

    /** The name to try after {@code name} was taken: {@code -2}, {@code -3}… within the same limit. */
    public static String next(String name, int attempt, int maxLength) {
        String suffix = "-" + attempt;
        String stem = name.length() + suffix.length() > maxLength ? name.substring(0, maxLength - suffix.length())
                : name;
        return stem.replaceAll("-+$", "") + suffix;
    }
}
