package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.i18n.Language;
import io.warroom.incident.FieldLimits;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.reply.Reply;
import io.warroom.support.KoreanProfile;
import io.warroom.support.LeftoverEnglish;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** With WARROOM_LANGUAGE=ko, commands answer in Korean; the grammar keeps its English words in code spans. */
@QuarkusTest
@TestProfile(KoreanProfile.class)
class KoreanCommandsTest {

    static final Person ANA = new Person(Platform.SLACK, "U01ANA", "Ana");
    static final Person BO = new Person(Platform.SLACK, "U01BO", "Bo Chen");

    @Inject
    CommandExecutor commands;

    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void helpListsEverySubcommandWithAKoreanDescription() {
        String help = ok("help", ANA);
        List<String> lines = help.lines().toList();
        assertEquals("Warroom 명령 (장애 대응 채널에서는 장애 키를 생략할 수 있습니다. 다른 곳에서는 키를 붙이세요. "
                + "예: `/incident status INC-42`)", lines.get(0));
        assertEquals("`/incident open <title> [sev:1-4] [service:<name>] [started:HH:MM]`  장애를 선언합니다",
                lines.get(1));
        assertEquals("`/incident sev <1-4>`  심각도를 지정합니다 (1이 가장 심각)", lines.get(6));
        assertEquals("`/incident help [subcommand]`  이 도움말을 보여 줍니다", lines.get(lines.size() - 1));
        assertEquals(Verb.values().length + 1, lines.size());
        assertEquals(List.of(), LeftoverEnglish.in(help));
    }

    @Test
    void helpOnOneSubcommandShowsItsUsageAndKoreanDescription() {
        assertEquals("`/incident sev <1-4>`\n심각도를 지정합니다 (1이 가장 심각)", ok("help sev", ANA));
        assertEquals("`/incident note [--at HH:MM] <text>`\n타임라인에 메모를 추가합니다 (--at: 지난 시각으로 기록)",
                ok("help note", ANA));
        assertEquals("하위 명령이 아닙니다: `deploy`\n사용법: `/incident help [subcommand]`",
                refused("help deploy", Reply.Outcome.USAGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakesAreAnsweredInKoreanWithTheUsageLineInACodeSpan(String text, String expected) {
        assertEquals(expected, refused(text, Reply.Outcome.USAGE));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> mistakes() {
        return Stream.of(
                args("deploy now", "하위 명령이 아닙니다: `deploy`. 사용할 수 있는 명령: " + String.join(", ", Verb.ids())
                        + "\n사용법: `/incident <subcommand> …` (전체 명령은 `/incident help`로 확인하세요)"),
                args("sev 9", "심각도는 1-4 중 하나로 지정하세요 (1이 가장 심각). 입력한 값: `9`\n"
                        + "사용법: `/incident sev <1-4>`"),
                args("sev", "`/incident sev` 뒤에 입력할 내용이 빠졌습니다.\n사용법: `/incident sev <1-4>`"),
                args("note", "`/incident note` 뒤에 입력할 내용이 빠졌습니다.\n"
                        + "사용법: `/incident note [--at HH:MM] <text>`"),
                args("role boss me", "역할이 아닙니다: `boss`. 역할: commander|comms|scribe\n"
                        + "사용법: `/incident role <commander|comms|scribe> <user|me>`"),
                args("next now", "`/incident next` 뒤에는 아무것도 붙이지 마세요. 입력한 내용: `now`\n"
                        + "사용법: `/incident next`"),
                args("snooze soon", "기간이 아닙니다: `soon`. 예: 15m, 1h, 1h30m\n사용법: `/incident snooze <15m|1h|…|off>`"),
                args("ack", "어느 장애인지 알 수 없습니다. 장애 키를 붙이거나(예: `/incident ack INC-42`) 장애 대응 "
                        + "채널에서 실행하세요.\n사용법: `/incident ack`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parserMistakes")
    void parserErrorsAreKoreanWithNoEnglishLeft(String text, String expected) {
        String said = refused(text, Reply.Outcome.USAGE);
        assertEquals(expected, said.lines().findFirst().orElseThrow());
        assertEquals(List.of(), LeftoverEnglish.in(said), said);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> parserMistakes() {
        String longService = "s".repeat(FieldLimits.SERVICE + 1);
        return Stream.of(
                args("open Checkout down sev:", "`sev:` 뒤에 값을 붙이세요. 예: `sev:2`"),
                args("open Checkout down sev:1 sev:2", "`sev:` 옵션을 두 번 지정했습니다."),
                args("open Checkout down service:" + longService, "`service` 값이 " + (FieldLimits.SERVICE + 1)
                        + "자입니다. " + FieldLimits.SERVICE + "자 이하로 줄여 주세요."),
                args("note --at 25:99 rolled back", "시각이 아닙니다: `--at 25:99`. `HH:MM`(예: `14:26`) 또는 "
                        + "`YYYY-MM-DD HH:MM` 형식으로 입력하세요."),
                args("note --at", "`--at` 뒤에 시각을 붙이세요. 예: `note --at 14:26 롤백 완료`"),
                args("check first", "올바른 번호가 아닙니다: `first`. 1, 2, 3처럼 입력하세요."),
                args("list everything", "`list` 뒤에는 아무것도 붙이지 않거나 `all`만 붙이세요. 입력한 내용: `everything`"),
                args("oncall checkout search", "`oncall`에는 서비스를 하나만 지정하세요. 입력한 내용: `checkout search`"),
                args("oncall check/out", "이름으로 쓸 수 없습니다: `check/out`. 영문자, 숫자, `.`, `-`, `_`만 쓸 수 "
                        + "있습니다."),
                args("started 14:26 15:00 16:00", "`started`에는 시각을 하나만 지정하세요. 입력한 내용: "
                        + "`14:26 15:00 16:00`"),
                args("service checkout search", "`service`에는 이름을 하나만 지정하세요. 입력한 내용: "
                        + "`checkout search`"),
                args("rollback now", "`rollback` 뒤에는 아무것도 붙이지 않거나 `confirm`만 붙이세요. 입력한 내용: `now`"),
                args("postmortem fr", "`postmortem` 뒤에는 언어(" + Language.names() + ")를 붙이거나 아무것도 붙이지 "
                        + "마세요. 입력한 내용: `fr`"),
                args("update --publish", "`--publish` 뒤에 게시한 상황 공유의 번호 하나를 붙이세요. 예: "
                        + "`update --publish 42`"),
                args("snooze 30h", "리마인더는 1m에서 24h 사이로 멈출 수 있습니다. 입력한 값: 1d6h"),
                args("link", "`link` 뒤에 URL을 붙이세요."),
                args("link ftp://example.com", "http(s) URL이 아닙니다: `ftp://example.com`"),
                args("learned great 배포 자동화", "`well`, `wrong`, `lucky` 중 하나를 지정하세요. 입력한 값: `great`"),
                args("action 캐시 설정 점검 due:tomorrow", "날짜가 아닙니다: `due:tomorrow`. `YYYY-MM-DD` 형식으로 "
                        + "입력하세요. 예: `due:2030-01-31`"),
                args("run confirm 17", "`run confirm` 뒤에 확인 메시지에 나온 실행 번호와 코드를 붙이세요. 예: "
                        + "`run confirm 17 3fa9c2e1b0d4`"),
                args("run approve", "`run approve` 뒤에는 실행 번호만 붙이세요. 예: `run approve 17`"),
                args("run restart checkout force", "파라미터가 아닙니다: `force`. 파라미터는 공백 없이 `name=value` "
                        + "형식으로 쓰세요."),
                args("run restart checkout Bad-Name=1", "파라미터 이름으로 쓸 수 없습니다: `Bad-Name`. a-z, 0-9, _만 "
                        + "쓸 수 있습니다."),
                args("run restart checkout region=", "`region=` 뒤에 값을 붙이세요."),
                args("run restart checkout region=a region=b", "`region` 파라미터를 두 번 지정했습니다."));
    }

    @Test
    void timesInTheFutureAndAfterDetectionAreRefusedInKorean() {
        clock.fix(Instant.parse("2026-12-06T07:05:00Z"));
        String key = commands.execute("open Checkout 5xx spike sev:2", CommandContext.api(ANA)).incidentKey();
        String future = refused("note " + key + " --at 2026-12-06 08:00 배포 완료", Reply.Outcome.USAGE);
        assertEquals("미래 시각입니다: `--at 2026-12-06 08:00`. 지금은 2026-12-06 07:05 (UTC)입니다. 이미 일어난 일만 "
                + "소급 기록할 수 있습니다.\n사용법: `" + Verb.NOTE.usage() + "`", future);
        String later = refused("started " + key + " 08:00", Reply.Outcome.USAGE);
        assertEquals("미래 시각입니다: `started 08:00`. 지금은 2026-12-06 07:05 (UTC)입니다. 영향 시작 시각은 탐지 시각 "
                + "이전이어야 합니다. 전날이면 날짜를 붙이세요. 예: `started 2026-12-05 08:00`",
                later.lines().findFirst().orElseThrow());
        clock.fix(Instant.parse("2026-12-06T07:30:00Z"));
        String afterDetection = refused("started " + key + " 07:10", Reply.Outcome.USAGE);
        assertEquals("영향 시작 시각이 탐지 이후일 수는 없습니다. " + key + " 탐지 시각: 2026-12-06 07:05 UTC, 입력한 시각: "
                + "2026-12-06 07:10 UTC. 탐지 시각이나 그 이전 시각을 입력하세요.",
                afterDetection.lines().findFirst().orElseThrow());
        for (String said : List.of(future, later, afterDetection)) {
            assertEquals(List.of(), LeftoverEnglish.in(said), said);
        }
    }

    @Test
    void unconfiguredOnCallRunbooksAndTrackersAnswerInKorean() {
        String key = commands.execute("open Search is slow sev:3", CommandContext.api(ANA)).incidentKey();
        ok("action " + key + " 인덱스 재구축 자동화", ANA);
        List<String> said = List.of(
                commands.execute("oncall", CommandContext.api(ANA)).text(),
                commands.execute("run " + key, CommandContext.api(ANA)).text(),
                commands.execute("action " + key + " file 1", CommandContext.api(ANA)).text(),
                commands.execute("action " + key + " file 7", CommandContext.api(ANA)).text());
        assertEquals(List.of(
                "설정된 온콜 일정이 없습니다. WARROOM_ONCALL_FILE에 일정 YAML 파일을 지정하세요 "
                        + "(docs/oncall-and-runbooks.md 참고).",
                "설정된 런북이 없습니다. WARROOM_RUNBOOKS_FILE에 런북 YAML 파일을 지정하세요 "
                        + "(docs/oncall-and-runbooks.md 참고).",
                "설정된 트래커가 없습니다. WARROOM_TRACKERS_FILE에 트래커 YAML 파일을 지정하세요 (docs/trackers.md 참고).",
                "설정된 트래커가 없습니다. WARROOM_TRACKERS_FILE에 트래커 YAML 파일을 지정하세요 (docs/trackers.md 참고)."),
                said);
        for (String text : said) {
            assertEquals(List.of(), LeftoverEnglish.in(text), text);
        }
    }

    @Test
    void statusShowsThePhasesInKorean() {
        String key = commands.execute("open Search is slow sev:3", CommandContext.api(ANA)).incidentKey();
        Reply status = commands.execute("status " + key, CommandContext.api(ANA));
        assertEquals("▶️ 탐지 → 분류 → 완화 → 원인 분석 → 복구 → 포스트모템", status.fields().get(1).value());
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void everySubcommandHasAKoreanUsageAndDescription(Verb verb) {
        String korean = verb.summary(Language.KO);
        assertTrue(!korean.isBlank() && !korean.equals(verb.summary()), verb + ": " + korean);
        assertEquals(List.of(), LeftoverEnglish.in(korean), verb.id());
        assertEquals("`" + verb.usage() + "`\n" + korean, ok("help " + verb.id(), ANA));
        Reply usage = CommandExecutor.usage(new UsageException("x", verb, m -> "잘못 입력했습니다."), Language.KO);
        assertEquals("잘못 입력했습니다.\n사용법: `" + verb.usage() + "`", usage.text());
    }

    @Test
    void theMainVerbsAnswerInKorean() {
        clock.fix(Instant.parse("2026-12-06T07:05:00Z"));
        Reply opened = commands.execute("open Checkout 5xx spike sev:2", CommandContext.api(ANA));
        String key = opened.incidentKey();
        assertEquals(key + " 장애를 선언했습니다: Checkout 5xx spike (SEV2)", opened.text());

        assertEquals(key + " 타임라인에 메모를 남겼습니다.", ok("note " + key + " 롤백 준비 중", ANA));
        assertEquals(key + " 타임라인에 07:00 UTC 시각으로 메모를 남겼습니다 (소급 기록).",
                ok("note " + key + " --at 07:00 첫 5xx 발생", ANA));
        assertEquals("상황 공유를 게시했습니다: 결제 오류율 12%, 원인 조사 중", ok("update " + key + " 결제 오류율 12%, 원인 조사 중",
                ANA));
        assertEquals("상황 공유를 게시하고 상태 페이지에도 표시했습니다: 결제 일부 실패",
                ok("update " + key + " --public 결제 일부 실패", ANA));
        ok("sev " + key + " 2", ANA);
        assertEquals(key + ": 이미 SEV2입니다.", ok("sev " + key + " 2", ANA));

        ok("ack " + key, ANA);
        assertEquals(key + ": Ana님이 이미 확인했습니다.", ok("ack " + key, ANA));

        ok("role " + key + " scribe me", ANA);
        assertEquals(key + " 기록 담당: 이미 Ana님입니다.", ok("role " + key + " scribe me", ANA));

        assertEquals(key + " 상황 공유 리마인더를 30분 동안 멈췄습니다 (07:35 UTC까지).", ok("snooze " + key + " 30m", ANA));

        Reply status = commands.execute("status " + key, CommandContext.api(ANA));
        assertEquals(List.of("상태", "단계", "역할", "분류 체크리스트", "최근 상황 공유", "경과 시간"),
                status.fields().stream().map(Reply.Field::label).toList());
        assertEquals("진행 중", status.fields().get(0).value());
        assertEquals("0초", status.fields().get(5).value());

        Reply rollback = commands.execute("rollback " + key, CommandContext.api(ANA));
        assertEquals("롤백할까요? 대상: 마지막 변경", rollback.text());
        assertEquals(new Reply.Confirmation(key + " 롤백할까요?", "롤백 런북이 설정되지 않았습니다 (이 장애). 확인하면 "
                + "롤백 요청(마지막 변경)을 타임라인과 장애 대응 채널에 기록해 수동으로 롤백할 사람이 볼 수 있게 합니다.",
                "롤백 요청", "rollback confirm"), rollback.confirmation());
        assertEquals("롤백을 요청했습니다: 마지막 변경. 롤백 런북이 설정되지 않아 실행한 작업은 없습니다. 타임라인에 기록했습니다.",
                ok("rollback " + key + " confirm", ANA));
        for (String said : Stream.of(opened.text(), rollback.text(), rollback.confirmation().text()).toList()) {
            assertEquals(List.of(), LeftoverEnglish.in(said, "Checkout 5xx spike"), said);
        }
    }

    @Test
    void refusalsSpeakTheIncidentsLanguage() {
        String key = commands.execute("open Search is slow sev:3", CommandContext.api(ANA)).incidentKey();
        ok("role " + key + " commander me", ANA);
        String refusal = refused("role " + key + " scribe <@U01ANA>", Reply.Outcome.REFUSED,
                CommandContext.of(BO));
        assertEquals("거부했습니다: Bo Chen님은 " + key + "에서 U01ANA님에게 `scribe` 역할을 줄 수 없습니다. "
                + "장애 지휘자(Ana), 기본 팀 온콜(없음) 또는 Warroom 관리자만 할 수 있습니다. 아무도 맡지 않은 역할은 누구나 "
                + "맡을 수 있습니다.", refusal);
        assertEquals(List.of(), LeftoverEnglish.in(refusal, "Bo Chen", "Ana"));
        assertEquals("진행 중인 장애:", ok("list", ANA).lines().findFirst().orElseThrow());
    }

    private String ok(String text, Person actor) {
        Reply reply = commands.execute(text, CommandContext.api(actor));
        assertTrue(reply.isOk(), text + ": " + reply.text());
        return reply.text();
    }

    private String refused(String text, Reply.Outcome outcome) {
        return refused(text, outcome, CommandContext.api(ANA));
    }

    private String refused(String text, Reply.Outcome outcome, CommandContext context) {
        Reply reply = commands.execute(text, context);
        assertEquals(outcome, reply.outcome(), reply.text());
        return reply.text();
    }

    private static org.junit.jupiter.params.provider.Arguments args(Object... values) {
        return org.junit.jupiter.params.provider.Arguments.of(values);
    }
}
