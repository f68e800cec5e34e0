package io.warroom.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.support.LeftoverEnglish;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run's outcome on the timeline and its states read in the incident's language; English stays as it was. */
@QuarkusTest
class RunTextsLanguageTest {


    @Test
    void aFinishedRunIsSummedUpInKoreanAndInEnglish() {
        RunbookMessages korean = Bundles.in(RunbookMessages.class, Language.KO);
        RunbookMessages english = Bundles.in(RunbookMessages.class, Language.EN);
        RunbookRun run = run();
        RunOutcome failed = new RunOutcome(false, false, 1, Duration.ofMinutes(2), "error: no such revision", 2, null);
        assertEquals("❌ rollback (checkout) 실패: 2분 소요 (exit 1; 실행 #17, Ana님 확인, Bo님 승인)\n"
                + "남아 있던 프로세스 2개를 Warroom이 중지했습니다.\n출력:\n```\nerror: no such revision\n```",
                RunResults.summary(run, null, failed, korean, Language.KO));
        assertEquals("❌ rollback on checkout failed in 2m (exit 1; run #17, confirmed by Ana, approved by Bo)\n"
                + "It left 2 processes running, which Warroom stopped.\nOutput:\n```\nerror: no such revision\n```",
                RunResults.summary(run, null, failed, english, Language.EN));
        RunOutcome succeeded = new RunOutcome(true, false, 0, Duration.ofMillis(1500), "", 0, null);
        run.decidedBy = null;
        String said = RunResults.summary(run, null, succeeded, korean, Language.KO);
        assertEquals("✅ rollback (checkout) 성공: 1.5s 소요 (exit 0; 실행 #17, Ana님 확인)\n(출력 없음)", said);
        assertEquals(List.of(), LeftoverEnglish.in(said));
        assertEquals("✅ rollback on checkout succeeded in 1.5s (exit 0; run #17, confirmed by Ana)\n(no output)",
                RunResults.summary(run, null, succeeded, english, Language.EN));
    }

    @ParameterizedTest
    @EnumSource(RunbookRun.Status.class)
    void everyRunStateHasTheSameEnglishAndAKoreanPhrase(RunbookRun.Status status) {
        RunbookMessages korean = Bundles.in(RunbookMessages.class, Language.KO);
        RunbookMessages english = Bundles.in(RunbookMessages.class, Language.EN);
        assertEquals(status.phrase(), status.phrase(english));
        assertEquals(List.of(), LeftoverEnglish.in(status.phrase(korean)), status.name());
    }

    @Test
    void approvalTextsKeepTheReasonOnlyWhenGiven() {
        RunbookMessages korean = Bundles.in(RunbookMessages.class, Language.KO);
        RunbookMessages english = Bundles.in(RunbookMessages.class, Language.EN);
        assertEquals("🚫 Run #17 (rollback on checkout) denied by Bo. Nothing ran.",
                english.deniedEntry("Run #17 (rollback on checkout)", "Bo", null));
        assertEquals("🚫 Run #17 (rollback on checkout) withdrawn by Ana, who requested it: wrong revision. "
                + "Nothing ran.",
                english.withdrawnEntry("Run #17 (rollback on checkout)", "Ana", "wrong revision"));
        assertEquals("🚫 Bo님이 거부했습니다: 실행 #17 (rollback (checkout)) (사유: 리비전 잘못됨). 실행한 작업은 없습니다.",
                korean.deniedEntry(korean.runLabel(17, korean.label("rollback", "checkout")), "Bo", "리비전 잘못됨"));
    }

    private static RunbookRun run() {
        RunbookRun run = new RunbookRun();
        run.id = 17L;
        run.action = "rollback";
        run.service = "checkout";
        run.confirmedBy = new Person(Platform.SLACK, "U01ANA", "Ana");
        run.decidedBy = new Person(Platform.SLACK, "U01BO", "Bo");
        return run;
    }
}
