package io.warroom.postmortem;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.warroom.config.WarroomConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads postmortem.md from the templates directory, which people may edit, or the bundled copy when there is none.
 * The parsed template is kept until the file changes.
 */
@ApplicationScoped
public class PostmortemTemplate {

    static final String FILE = "postmortem.md";
    private static final String BUNDLED = "/warroom-templates/" + FILE;

    @Inject
    Engine engine;

    @Inject
    WarroomConfig config;

    private record Loaded(String source, long modified, long size, Template template) {
    }

    private volatile Loaded cached;

    public String render(PostmortemView view) {
        Loaded loaded = load();
        try {
            return loaded.template().data(view).render();
        } catch (TemplateException e) {
            throw explain(loaded.source(), e);
        }
    }

    private Loaded load() {
        Path file = Path.of(config.templatesDir()).resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                long modified = Files.getLastModifiedTime(file).toMillis();
                long size = Files.size(file);
                Loaded current = cached;
                if (current != null && current.source().equals(file.toString()) && current.modified() == modified
                        && current.size() == size) {
                    return current;
                }
                return remember(file.toString(), modified, size, Files.readString(file, StandardCharsets.UTF_8));
            }
            Loaded current = cached;
            if (current != null && current.source().equals(BUNDLED)) {
                return current;
            }
            try (InputStream in = PostmortemTemplate.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new PostmortemTemplateException("No postmortem template: " + file + " is missing and no "
                            + "bundled copy is on the classpath.");
                }
                return remember(BUNDLED, 0, 0, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private Loaded remember(String source, long modified, long size, String content) {
        try {
            Loaded loaded = new Loaded(source, modified, size, engine.parse(content));
            cached = loaded;
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
