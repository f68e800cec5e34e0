package io.warroom.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.warroom.i18n.Language;
import io.warroom.support.People;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An incident speaks its team's language, else Warroom's, with the default checklist in it and a team's own words as written. */
@QuarkusTest
@TestProfile(IncidentLanguageTest.SeoulTeam.class)
class IncidentLanguageTest {

    public static class SeoulTeam implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path file = Path.of("target", "incident-language", "oncall.yaml").toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, """
                        people:
                          min: { name: 김민준, slack: U01MIN }
                        teams:
                          seoul:
                            services: [payments-kr]
                            language: ko
                            zone: Asia/Seoul
                            rotations:
                              main: { people: [min], start: 2026-01-05 }
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("warroom.oncall.file", file.toString(),
                    "warroom.checklist.rca[1].text", "Check the card processor's status page");
        }
    }

    @Test
    void theSeoulTeamsIncidentSpeaksKoreanWithTheDefaultChecklistInKorean() {
        String key = People.open("결제 승인 실패", "1", "payments-kr");
        Map<String, Object> incident = get(key);
        assertEquals("ko", incident.get("language"));
        assertEquals(List.of("알림 수신 및 내용 파악", "장애 대응 채널 개설"), texts(incident, "DETECT"));
        assertEquals(List.of("가장 최근 변경부터 확인", "Check the card processor's status page", "다음으로 트래픽 확인",
                "포스트모템을 위해 로그 보존"), texts(incident, "RCA"));
    }

    @Test
    void anotherServiceSpeaksWarroomsLanguage() {
        String key = People.open("Checkout slow", "3", "checkout");
        Map<String, Object> incident = get(key);
        assertEquals("en", incident.get("language"));
        assertEquals(List.of("Alert received and understood", "Incident room opened"), texts(incident, "DETECT"));
        assertEquals("Check the card processor's status page", texts(incident, "RCA").get(1));
    }

    @Test
    void theLanguageStaysWhatItWasAtOpening() {
        String key = People.open("결제 지연", "2", "payments-kr");
        io.warroom.support.Api.authorized().body(Map.of("text", "service checkout", "user", People.ANA))
                .post("/api/incidents/" + key + "/commands").then().statusCode(200);
        assertEquals("checkout", get(key).get("service"));
        assertEquals("ko", get(key).get("language"));
    }

    private static Map<String, Object> get(String key) {
        return io.warroom.support.Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> incident, String phase) {
        return ((List<Map<String, Object>>) incident.get("checklist")).stream()
                .filter(c -> phase.equals(c.get("phase"))).map(c -> (String) c.get("text")).toList();
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
