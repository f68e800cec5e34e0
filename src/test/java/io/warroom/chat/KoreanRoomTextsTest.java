package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.NewIncident;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.incident.Severity;
import io.warroom.support.LeftoverEnglish;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Room topics, welcomes, links, archiving notices and announcements in an incident's language. */
@QuarkusTest
class KoreanRoomTextsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Person ANA = new Person(Platform.SLACK, "U1", "Ana");

    static Incident incident(Language language) {
        Incident incident = Incident.open(new NewIncident("결제 지연", Severity.SEV2, "checkout", null, ANA, null),
                (phase, l) -> List.of(), language, T0);
        incident.number = 7L;
        return incident;
    }

    /** Only what room texts ask of a platform: how to mention someone. */
    static RoomPort port() {
        return (RoomPort) Proxy.newProxyInstance(RoomPort.class.getClassLoader(), new Class<?>[] {RoomPort.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "mention" -> "<@" + args[0] + ">";
                    case "platform" -> Platform.SLACK;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static IncidentCard card(Incident incident) {
        return new IncidentCard(IncidentSnapshot.of(incident), "INC-7 · SEV2 · 결제 지연", "", "", List.of(),
                List.of());
    }

    @Test
    void aKoreanRoomIsWelcomedTitledAndArchivedInKorean() {
        Incident incident = incident(Language.KO);
        IncidentSnapshot snapshot = IncidentSnapshot.of(incident);
        String topic = RoomTexts.topic(snapshot, "Ana");
        assertEquals("SEV2 · 탐지 · 지휘자: Ana · 결제 지연", topic);
        assertEquals("종료됨 · SEV2 · 탐지 · 지휘자: Ana · 결제 지연", RoomTexts.closedTopic(topic, Language.KO));
        assertEquals("<@U1> INC-7 장애를 선언하셨습니다. 이 채널에서 대응합니다.",
                RoomTexts.openedBy(port(), List.of("U1"), "INC-7", Language.KO).text());
        assertEquals("<@U1> <@U2> INC-7 대응에 함께해 주세요: 결제 지연",
                RoomTexts.neededOn(port(), List.of("U1", "U2"), "INC-7", "결제 지연", Language.KO).text());
        assertEquals("🚨 INC-7 · SEV2 · 결제 지연 · 장애 대응 채널: ", RoomTexts.linkBack(card(incident)),
                "the link to the room follows the space");
        assertEquals("🗄️ INC-7 장애가 종료되어 이 채널을 보관했습니다.", RoomTexts.archived("INC-7", false, Language.KO));
        assertEquals("🗄️ INC-7 장애가 종료되어 이 채널을 보관하고 읽기 전용으로 바꿨습니다.",
                RoomTexts.archived("INC-7", true, Language.KO));
        assertEquals("📝 INC-7 포스트모템 (내보낸 사람: Ana)", RoomTexts.postmortem("INC-7", "Ana", Language.KO));
        assertEquals("📌 Ana: 롤백 시작합니다", RoomTexts.pinned("Ana", "롤백 시작합니다"));
    }

    @Test
    void announcementsFollowTheIncidentsLanguage() {
        assertEquals("🚨 INC-7 장애가 발생했습니다: 결제 지연 (SEV2 · checkout)",
                ChatFanout.announceOpened(incident(Language.KO)));
        assertEquals("🚨 INC-7 opened: 결제 지연 (SEV2 · checkout)", ChatFanout.announceOpened(incident(Language.EN)));
        RoomMessages ko = RoomTexts.in(Language.KO);
        assertEquals("📣 INC-7 상황 공유: 롤백 완료", ko.announceUpdate("INC-7", "롤백 완료"));
        assertEquals("✅ INC-7 장애가 복구되었습니다: 결제 지연. 캐시 설정 복원", ko.announceRecoveredWithSummary("INC-7",
                "결제 지연", "캐시 설정 복원"));
        assertEquals("상태 페이지에 게시", ko.publishButton());
    }

    @Test
    void englishRoomTextsAreAsBefore() {
        Incident incident = incident(Language.EN);
        assertEquals("SEV2 · Detect · IC: Ana · 결제 지연", RoomTexts.topic(IncidentSnapshot.of(incident), "Ana"));
        assertEquals("Closed · x", RoomTexts.closedTopic("x", Language.EN));
        assertEquals("<@U1> you opened INC-7; this channel is its room.",
                RoomTexts.openedBy(port(), List.of("U1"), "INC-7", Language.EN).text());
        assertEquals("🚨 INC-7 · SEV2 · 결제 지연: follow it in ", RoomTexts.linkBack(card(incident)));
        assertEquals("🗄️ INC-7 is closed; this channel is archived and read-only.", RoomTexts.archived("INC-7", true));
    }

    @Test
    void noEnglishIsLeftInKoreanRoomTexts() {
        Incident incident = incident(Language.KO);
        String all = String.join("\n", RoomTexts.topic(IncidentSnapshot.of(incident), "Ana"),
                RoomTexts.openedBy(port(), List.of("U1"), "INC-7", Language.KO).text(),
                RoomTexts.archived("INC-7", true, Language.KO), ChatFanout.announceOpened(incident));
        assertEquals(List.of(), LeftoverEnglish.in(all, "결제 지연", "checkout", "Ana"));
    }

    @Test
    void userTextIsShownAsWrittenNotEscaped() {
        Incident incident = incident(Language.KO);
        incident.title = "<b>5xx</b> & \"결제\" {title}";
        assertEquals("🚨 INC-7 장애가 발생했습니다: <b>5xx</b> & \"결제\" {title} (SEV2 · checkout)",
                ChatFanout.announceOpened(incident));
    }
}
