package io.warroom.postmortem;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.warroom.config.WarroomConfig;
import io.warroom.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads postmortem.md (postmortem.ko.md in Korean) from the templates directory, which people may edit, or the bundled
 * copy when there is none. Each parsed template is kept until its file changes.
 */
@ApplicationScoped
public class PostmortemTemplate {

    static final String FILE = "postmortem.md";
    private static final String BUNDLED_DIR = "/warroom-templates/";

    @Inject
    Engine engine;

    @Inject
    WarroomConfig config;

    private record Loaded(String source, long modified, long size, Template template) {
    }

    private final Map<Language, Loaded> cached = new ConcurrentHashMap<>();

    /** The file of a language: postmortem.md for English, postmortem.ko.md for Korean. */
    static String file(Language language) {
        return language == Language.EN ? FILE : "postmortem." + language.tag() + ".md";
    }

    public String render(PostmortemView view, Language language) {
        Loaded loaded = load(language);
        try {
            return loaded.template().data(view).render();
        } catch (TemplateException e) {
            throw explain(loaded.source(), e);
        }
    }

    private Loaded load(Language language) {
        String name = file(language);
        String bundled = BUNDLED_DIR + name;
        Path file = Path.of(config.templatesDir()).resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                long modified = Files.getLastModifiedTime(file).toMillis();
                long size = Files.size(file);
                Loaded current = cached.get(language);
                if (current != null && current.source().equals(file.toString()) && current.modified() == modified
                        && current.size() == size) {
                    return current;
                }
                return remember(language, file.toString(), modified, size, Files.readString(file,
                        StandardCharsets.UTF_8));
            }
            Loaded current = cached.get(language);
            if (current != null && current.source().equals(bundled)) {
                return current;
            }
            try (InputStream in = PostmortemTemplate.class.getResourceAsStream(bundled)) {
                if (in == null) {
                    throw new PostmortemTemplateException("No postmortem template: " + file + " is missing and no "
                            + "bundled copy is on the classpath.");
                }
                return remember(language, bundled, 0, 0, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private Loaded remember(Language language, String source, long modified, long size, String content) {
        try {
            Loaded loaded = new Loaded(source, modified, size, engine.parse(content));
            cached.put(language, loaded);
            return loaded;
        } catch (TemplateException e) {
            throw explain(source, e);
        }
    }

    private static PostmortemTemplateException explain(String source, TemplateException e) {
        int line = e.getOrigin() == null ? -1 : e.getOrigin().getLine();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e.getCode() != null && e.getCode().getName().endsWith("UNTERMINATED_SECTION")
                && e.getArguments() != null && e.getArguments().get("tag") != null) {
            String tag = e.getArguments().get("tag").toString();
            reason = "a {#" + tag + "} section is never closed; add {/" + tag + "}";
        }
        return new PostmortemTemplateException("The postmortem template " + source
                + (line > 0 ? " has an error on line " + line : " has an error") + ": " + reason);
    }
}
