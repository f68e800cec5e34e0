package io.warroom.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A Qute message bundle in a language: its Korean file for ko, the interface's own messages for en. */
public final class Bundles {

    private Bundles() {
    }

    public static <T> T in(Class<T> bundle, Language language) {
        return MessageBundles.get(bundle, Localized.Literal.of(language.tag()));
    }
}
