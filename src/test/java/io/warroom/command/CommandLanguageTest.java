package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.i18n.Language;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.reply.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Warroom speaks English by default; a command on an incident answers in that incident's language. */
@QuarkusTest
class CommandLanguageTest {

    static final Person ANA = new Person(Platform.SLACK, "U01ANA", "Ana");

    @Inject
    CommandExecutor commands;

    @Inject
    IncidentService incidents;

    @Test
    void aPublicUpdateWithoutTextIsAnsweredWithTheUsageLineNamingTheFlag() {
        Reply answer = commands.execute("update INC-999999 --public  ", CommandContext.api(ANA));
        assertEquals("`update` needs the public update's text.\n"
                + "Usage: /incident update [--public] <text> | update --publish <update-id>", answer.text());
    }

    @Test
    void englishHelpIsUnchanged() {
        assertEquals("/incident sev <1-4>\nSet severity (1 is worst)", run("help sev").text());
        assertEquals("Warroom commands (in an incident room the incident is implied; elsewhere add its key, e.g. "
                + "`/incident status INC-42`):", run("help").text().lines().findFirst().orElseThrow());
    }

    @Test
    void aKoreanIncidentAnswersInKoreanWhileWarroomSpeaksEnglish() {
        String key = run("open Payments timeout sev:2").incidentKey();
        QuarkusTransaction.requiringNew().run(() -> incidents.get(IncidentKey.parse(key).orElseThrow()).language =
                Language.KO);

        run("sev " + key + " 2");
        assertEquals(key + ": 이미 SEV2입니다.", run("sev " + key + " 2").text());
        assertEquals(key + " 타임라인에 메모를 남겼습니다.", run("note " + key + " 확인 중").text());
        assertEquals("`/incident sev` 뒤에 입력할 내용이 빠졌습니다.\n사용법: `/incident sev <1-4>`",
                run("sev " + key).text());
        assertEquals("Warroom commands (in an incident room the incident is implied; elsewhere add its key, e.g. "
                + "`/incident status INC-42`):", run("help").text().lines().findFirst().orElseThrow());
    }

    private Reply run(String text) {
        return commands.execute(text, CommandContext.api(ANA));
    }
}
