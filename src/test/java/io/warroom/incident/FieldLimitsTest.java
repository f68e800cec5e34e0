package io.warroom.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The limits commands and the API check are the sizes the migrations give the columns, no more and no less. */
class FieldLimitsTest {

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern VARCHAR = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)", Pattern.MULTILINE);

    private static Map<String, Integer> columnSizes() throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher table = TABLE.matcher(Files.readString(file));
                while (table.find()) {
                    Matcher column = VARCHAR.matcher(table.group(2));
                    while (column.find()) {
                        sizes.put(table.group(1) + "." + column.group(1), Integer.parseInt(column.group(2)));
                    }
                }
            }
        }
        return sizes;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "incident.title, " + FieldLimits.TITLE,
        "incident.service, " + FieldLimits.SERVICE,
        "incident.description, " + FieldLimits.INCIDENT_TEXT,
        "incident.impact, " + FieldLimits.INCIDENT_TEXT,
        "incident.summary, " + FieldLimits.INCIDENT_TEXT,
        "incident.trigger_text, " + FieldLimits.INCIDENT_TEXT,
        "incident.last_update, " + FieldLimits.INCIDENT_TEXT,
        "incident.opened_by_name, " + FieldLimits.PERSON_NAME,
        "incident.opened_by_user_id, " + FieldLimits.USER_ID,
        "incident_role.person_name, " + FieldLimits.PERSON_NAME,
        "incident_role.person_user_id, " + FieldLimits.USER_ID,
        "incident_link.url, " + FieldLimits.URL,
        "incident_link.label, " + FieldLimits.LINK_LABEL,
        "why.text, " + FieldLimits.ITEM_TEXT,
        "lesson.text, " + FieldLimits.ITEM_TEXT,
        "action_item.text, " + FieldLimits.ITEM_TEXT,
        "action_item.tracker_url, " + FieldLimits.URL,
        "action_item.owner_name, " + FieldLimits.PERSON_NAME,
        "action_item.owner_user_id, " + FieldLimits.USER_ID,
        "timeline_entry.link, " + FieldLimits.URL,
        "timeline_entry.actor_name, " + FieldLimits.PERSON_NAME,
        "runbook_run.parameters, " + FieldLimits.RUN_PARAMETERS,
    })
    void limitMatchesTheColumn(String column, int limit) throws IOException {
        assertEquals(columnSizes().get(column), limit);
    }
}
