package io.warroom.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every setting Warroom reads has a row in docs/configuration.md naming its environment variable and default, and
 * every row there names a setting Warroom still reads. Settings are collected the way SmallRye names them: each
 * {@code @ConfigMapping} interface walked method by method (nested groups, lists as {@code [i]}, map keys as
 * {@code *}), each {@code @ConfigProperty} and {@code @Scheduled} placeholder, the keys and placeholders of
 * application.properties, and the variables the code reads with {@code System.getenv}.
 */
class ConfigurationDocumentedTest {

    static final Path REFERENCE = Path.of("docs/configuration.md");
    static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    static final Path SOURCES = Path.of("src/main/java");
    /** A setting named in an expression, "${warroom.oncall.check-every:15s}"; upper-case names are variables. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][^:}$]*)(?::([^}$]*))?}");
    static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\\s*\"([^\"]+)\"\\s*\\)");
    static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** Settings Warroom reads: name to default ("" when it has none; several sources may each name one). */
    static final Map<String, List<String>> READ = new TreeMap<>();
    /** Environment variables application.properties reads a setting from, by setting. */
    static final Map<String, String> ENV_OF = new TreeMap<>();
    static final List<String> ENV_ONLY = new ArrayList<>();
    static final List<Row> DOCUMENTED = new ArrayList<>();

    record Row(String property, String env, String defaults, int line) {
    }

    @BeforeAll
    static void collect() throws IOException {
        for (Class<?> type : mainClasses()) {
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping != null) {
                walk(type, mapping.prefix(), mapping.namingStrategy());
            }
            injected(type);
        }
        readProperties();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher env = GETENV.matcher(Files.readString(file));
                while (env.find()) {
                    ENV_ONLY.add(env.group(1));
                }
            }
        }
        readReference();
    }

    @Test
    void everySettingWarroomReadsIsDocumented() {
        List<String> missing = READ.keySet().stream()
                .filter(name -> DOCUMENTED.stream().noneMatch(row -> sameSetting(row.property(), name)))
                .toList();
        assertEquals(List.of(), missing, "settings Warroom reads without a row in " + REFERENCE);
    }

    @Test
    void everyDocumentedSettingIsStillRead() {
        List<String> stale = DOCUMENTED.stream()
                .filter(row -> READ.keySet().stream().noneMatch(name -> sameSetting(row.property(), name)))
                .map(row -> REFERENCE + ":" + row.line() + " " + row.property()).toList();
        assertEquals(List.of(), stale, "rows naming settings Warroom no longer reads");
    }

    @Test
    void eachRowNamesTheEnvironmentVariableThatSetsIt() {
        List<String> wrong = new ArrayList<>();
        for (Row row : DOCUMENTED) {
            if (!row.property().contains("<") && !row.property().contains("[")) {
                String expected = ENV_OF.getOrDefault(row.property(), environmentName(row.property()));
                if (!row.env().equals(expected)) {
                    wrong.add(REFERENCE + ":" + row.line() + " " + row.property() + " is set by " + expected
                            + ", not " + (row.env().isEmpty() ? "nothing" : row.env()));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void eachRowGivesTheDefaultTheCodeUses() {
        List<String> wrong = new ArrayList<>();
        for (Row row : DOCUMENTED) {
            for (String fallback : READ.getOrDefault(row.property(), List.of())) {
                if (!fallback.isEmpty() && !fallback.contains("${") && !row.defaults().contains("`" + fallback + "`")) {
                    wrong.add(REFERENCE + ":" + row.line() + " " + row.property() + " defaults to `" + fallback + "`");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyVariableReadFromTheEnvironmentIsDocumented() throws IOException {
        String reference = Files.readString(REFERENCE);
        assertEquals(List.of(), ENV_ONLY.stream().filter(env -> !reference.contains("`" + env + "`")).toList(),
                "environment variables the code reads that " + REFERENCE + " does not name");
    }

    @Test
    void theWalkFindsSettingsOfEveryKind() {
        // A collector that found nothing would pass every check above.
        for (String name : List.of("warroom.api-token", "slack.bot-token", "discord.request-timeout",
                "warroom.reminders.status-update.sev1", "warroom.alerts.sns.topics", "warroom.alerts.*.token",
                "warroom.checklist.detect[i].key", "quarkus.datasource.db-kind", "quarkus.http.port")) {
            assertTrue(READ.containsKey(name), name + " was not collected: " + READ.keySet());
        }
        assertTrue(READ.get("warroom.alerts.flush-every").contains("5s"), "the @WithDefault of flush-every");
        assertEquals("WARROOM_DB_KIND", ENV_OF.get("quarkus.datasource.db-kind"));
    }

    /** Every class compiled from src/main/java, loaded without running its initializers. */
    static List<Class<?>> mainClasses() throws IOException {
        Path root;
        try {
            root = Path.of(WarroomConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/warroom"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            WarroomConfig.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }

    /** Walks a mapping interface as SmallRye binds it. */
    static void walk(Class<?> group, String prefix, ConfigMapping.NamingStrategy naming) {
        for (Method method : group.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            String name = method.isAnnotationPresent(WithParentName.class) ? prefix
                    : prefix + "." + (method.isAnnotationPresent(WithName.class)
                            ? method.getAnnotation(WithName.class).value() : naming.apply(method.getName()));
            WithDefault fallback = method.getAnnotation(WithDefault.class);
            property(name, method.getGenericReturnType(), fallback == null ? "" : fallback.value(), naming);
        }
    }

    static void property(String name, Type type, String fallback, ConfigMapping.NamingStrategy naming) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == Optional.class && isGroup(arguments[0])) {
                property(name, arguments[0], fallback, naming);
                return;
            }
            if (Collection.class.isAssignableFrom(raw) && isGroup(arguments[0])) {
                walk((Class<?>) arguments[0], name + "[i]", naming);
                return;
            }
            if (Map.class.isAssignableFrom(raw)) {
                property(name + ".*", arguments[1], fallback, naming);
                return;
            }
        }
        if (isGroup(type)) {
            walk((Class<?>) type, name, naming);
        } else {
            READ.computeIfAbsent(name, n -> new ArrayList<>()).add(fallback);
        }
    }

    /** A group is one of Warroom's own interfaces; everything else (String, Duration, List of String…) is a value. */
    static boolean isGroup(Type type) {
        return type instanceof Class<?> c && c.isInterface() && c.getName().startsWith("io.warroom.");
    }

    /** Settings named on fields, constructor and method parameters, and scheduler placeholders. */
    static void injected(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
        List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        executables.addAll(List.of(type.getDeclaredMethods()));
        for (Executable executable : executables) {
            for (Parameter parameter : executable.getParameters()) {
                elements.add(parameter);
            }
        }
        for (AnnotatedElement element : elements) {
            ConfigProperty property = element.getAnnotation(ConfigProperty.class);
            if (property != null) {
                String fallback = ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? ""
                        : property.defaultValue();
                READ.computeIfAbsent(property.name(), n -> new ArrayList<>()).add(fallback);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            for (Scheduled scheduled : method.getAnnotationsByType(Scheduled.class)) {
                for (String expression : List.of(scheduled.every(), scheduled.cron(), scheduled.delayed())) {
                    placeholders(expression);
                }
            }
        }
    }

    static void placeholders(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            READ.computeIfAbsent(placeholder.group(1), n -> new ArrayList<>())
                    .add(placeholder.group(2) == null ? "" : placeholder.group(2));
        }
    }

    /**
     * Warroom's own keys (profiles stripped, list indexes as [i]), Quarkus keys bound to an environment variable, and
     * settings referred to in values.
     */
    static void readProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PROPERTIES)) {
            properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            boolean profiled = key.startsWith("%");
            String name = key.replaceFirst("^%[^.]+\\.", "").replaceAll("\\[[0-9]+]", "[i]");
            Matcher bound = Pattern.compile("^\\$\\{([A-Z0-9_]+):?(.*)}$").matcher(value);
            if (!profiled && bound.matches()) {
                ENV_OF.put(name, bound.group(1));
                READ.computeIfAbsent(name, n -> new ArrayList<>()).add(bound.group(2));
            } else if (name.startsWith("warroom.") || name.startsWith("slack.") || name.startsWith("discord.")) {
                READ.computeIfAbsent(name, n -> new ArrayList<>());
            }
            placeholders(value);
        }
    }

    /** The rows of every table in the reference whose first column is "Property". */
    static void readReference() throws IOException {
        List<String> lines = Files.readAllLines(REFERENCE);
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            String[] cells = line.split("(?<!\\\\)\\|", -1);
            if (cells[1].strip().equals("Property")) {
                inTable = true;
            } else if (inTable && !cells[1].startsWith("---")) {
                Matcher property = CODE.matcher(cells[1]);
                Matcher env = CODE.matcher(cells[2]);
                if (!property.find()) {
                    throw new AssertionError(REFERENCE + ":" + (i + 1) + " has no `property` in its first column");
                }
                DOCUMENTED.add(new Row(property.group(1), env.find() ? env.group(1) : "", cells[3], i + 1));
            }
        }
    }

    /** SmallRye's environment name: upper case, every other character than a letter or digit an underscore. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /**
     * Whether a documented name ({@code <placeholder>} for any segment text) and a collected one ({@code *} for any
     * map key) mean the same setting.
     */
    static boolean sameSetting(String documented, String read) {
        String[] left = documented.split("\\.");
        String[] right = read.split("\\.");
        if (left.length != right.length) {
            return false;
        }
        for (int i = 0; i < left.length; i++) {
            if (!segment(left[i]).matcher(right[i]).matches() && !segment(right[i]).matcher(left[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    static Pattern segment(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher wildcard = Pattern.compile("<[^>]+>|\\*").matcher(text);
        int at = 0;
        while (wildcard.find()) {
            regex.append(Pattern.quote(text.substring(at, wildcard.start()))).append("[^.]+");
            at = wildcard.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(text.substring(at))).toString());
    }
}
