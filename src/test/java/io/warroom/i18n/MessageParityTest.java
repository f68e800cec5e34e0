package io.warroom.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every text Warroom shows exists in English and in Korean: a key in one language only fails here. */
class MessageParityTest {

    private static final List<Class<?>> BUNDLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.warroom").stream()
            .filter(c -> c.isAnnotatedWith(MessageBundle.class)).map(JavaClass::reflect)
            .sorted(java.util.Comparator.comparing(Class::getName)).collect(Collectors.toList());

    @Test
    void theBundlesAreFound() {
        assertTrue(BUNDLES.contains(TimeMessages.class), "found " + BUNDLES);
    }

    @TestFactory
    List<DynamicTest> eachBundleHasTheSameKeysInKorean() {
        return BUNDLES.stream().map(bundle -> DynamicTest.dynamicTest(bundle.getSimpleName(), () -> {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            assertFalse(name.startsWith("<<"), bundle.getName() + " needs an explicit bundle name");
            Set<String> english = new TreeSet<>();
            for (Method method : bundle.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                assertNotNull(message, bundle.getSimpleName() + "." + method.getName() + " has no @Message");
                assertFalse(message.value().isBlank(), bundle.getSimpleName() + "." + method.getName()
                        + " has no English text");
                english.add(message.key().equals(Message.DEFAULT_NAME) || message.key().startsWith("<<")
                        ? method.getName() : message.key());
            }
            Set<String> korean = keys("messages/" + name + "_ko.properties");
            assertEquals(english, korean, "keys of " + bundle.getSimpleName() + " (English) and messages/" + name
                    + "_ko.properties (Korean) differ");
        })).toList();
    }

    @Test
    void defaultChecklistStepsHaveTheSameKeysInKorean() throws IOException {
        assertEquals(keys("io/warroom/config/checklist.properties"), keys("io/warroom/config/checklist_ko.properties"));
    }

    @Test
    void koreanFilesAreNotEmptyOrUntranslated() throws IOException {
        for (String file : List.of("io/warroom/config/checklist_ko.properties")) {
            Properties ko = load(file);
            Properties en = load(file.replace("_ko", ""));
            Set<String> same = ko.stringPropertyNames().stream().filter(k -> ko.getProperty(k).equals(en.getProperty(k)))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), same, "copied from English in " + file);
        }
    }

    private static Set<String> keys(String resource) {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String describe(Class<?> bundle) {
        return Arrays.toString(bundle.getDeclaredMethods());
    }
}
