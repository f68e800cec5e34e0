package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.support.KoreanProfile;
import io.warroom.support.LeftoverEnglish;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.discord.Recorded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One whole incident in Korean through the real JDA client and a fake Discord: opened with a slash command,
 * acknowledged and moved on with the card's buttons, a note, a rollback cancelled and then confirmed, resolved. The
 * card reads exactly as a Korean team expects, and no English sentence is left in anything Warroom sent, apart from
 * what people wrote.
 */
@QuarkusTest
@TestProfile(KoreanProfile.class)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class KoreanIncidentDiscordTest {

    private static final Pattern KEY = Pattern.compile("(INC-\\d+)");
    private static final String TITLE = "결제 API 5xx 급증";
    private static final String NOTE = "캐시 노드 3대 재시작";
    /** Keys of Discord JSON whose text a person reads. */
    private static final Set<String> READ = Set.of("content", "title", "description", "name", "value", "label",
            "text", "topic", "placeholder");

    @InjectFakeDiscord
    FakeDiscord discord;

    FakeUser ana;
    FakeUser bo;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana Lee");
        bo = discord.addMember("Bo Kim");
    }

    @Test
    void aWholeIncidentInKorean() {
        FakeInteraction open = discord.slashCommand(ana, discord.generalChannelId(), "open",
                "title", TITLE, "severity", "2", "service", "checkout");
        DiscordRoom room = DiscordRoom.of(discord, key(open.awaitAnswerText()));
        String key = room.key();
        room.awaitCard("the room step ticked", r -> r.cardField("탐지 체크리스트").contains("☑ 2."));

        assertEquals("""
                # %1$s · SEV2 · 결제 API 5xx 급증
                ▶️ 탐지 → 분류 → 완화 → 원인 분석 → 복구 → 포스트모템
                [심각도 | SEV2]
                [상태 | 진행 중]
                [서비스 | checkout]
                [장애 지휘자 | —]
                [커뮤니케이션 담당 | —]
                [기록 담당 | —]
                [탐지 체크리스트
                ☐ 1. 알림 수신 및 내용 파악
                ☑ 2. 장애 대응 채널 개설]
                [최근 상황 공유 | 아직 상황 공유가 없습니다]
                ~ Warroom · %1$s · 장애 진행에 따라 이 카드가 갱신됩니다
                (확인) (다음 단계) (롤백) (해결) (포스트모템 내보내기)
                """.formatted(key), render(room.card()));

        discord.clickLabelled(bo, room.channelId(), room.cardId(), "확인").awaitAnswer();
        room.awaitCard("분류", r -> r.cardEmbed().getString("description").contains("▶️ 분류"));
        discord.clickLabelled(bo, room.channelId(), room.cardId(), "다음 단계").awaitAnswer();
        room.awaitCard("완화", r -> r.cardEmbed().getString("description").contains("▶️ 완화"));
        discord.slashCommand(ana, room.channelId(), "note", "text", NOTE).awaitAnswer();

        FakeInteraction ask = discord.clickLabelled(bo, room.channelId(), room.cardId(), "롤백");
        List<String> choices = DiscordRoom.buttons(ask.awaitAnswer());
        assertEquals("취소", choices.get(choices.size() - 1));
        FakeInteraction cancel = discord.clickLabelled(bo, room.channelId(), ask.messageId(), "취소");
        assertEquals("취소했습니다. 아무것도 바뀌지 않았습니다.", cancel.awaitAnswerText());
        FakeInteraction again = discord.clickLabelled(bo, room.channelId(), room.cardId(), "롤백");
        discord.clickLabelled(bo, room.channelId(), again.messageId(), DiscordRoom.buttons(again.awaitAnswer())
                .get(0)).awaitAnswer();

        discord.clickLabelled(ana, room.channelId(), room.cardId(), "해결").awaitAnswer();
        room.awaitCard("해결됨", r -> r.cardField("상태").equals("해결됨"));

        assertEquals("""
                # %1$s · SEV2 · 결제 API 5xx 급증
                ✅ 탐지 → ✅ 분류 → ✅ 완화 → ✅ 원인 분석 → ✅ 복구 → ▶️ 포스트모템
                [심각도 | SEV2]
                [상태 | 해결됨]
                [서비스 | checkout]
                [장애 지휘자 | —]
                [커뮤니케이션 담당 | —]
                [기록 담당 | —]
                [포스트모템 체크리스트
                ☐ 1. 비난 없는 회고: 누가 아니라 시스템에 무엇이 빠졌는지
                ☐ 2. 5 Whys 분석
                ☐ 3. 담당자가 정해진 후속 조치 (재현 테스트, 모니터링, 자동화)]
                [최근 상황 공유 | 아직 상황 공유가 없습니다]
                ~ Warroom · %1$s · 장애 진행에 따라 이 카드가 갱신됩니다
                (포스트모템 내보내기)
                """.formatted(key), render(room.card()));

        String cards = String.join("\n", discord.requests().stream().filter(r -> r.json().encode()
                .contains("장애 진행에 따라")).map(r -> String.join("\n", texts(r))).toList());
        assertEquals(List.of(), LeftoverEnglish.in(cards, TITLE, "checkout", "Ana Lee", "Bo Kim"), cards);

        // Replies and room texts written by the command handlers and notifications count too.
        List<String> all = new ArrayList<>();
        discord.requests().stream().filter(r -> !r.path().startsWith("applications/")).forEach(r -> all.addAll(
                texts(r)));
        String sent = String.join("\n", all);
        assertEquals(List.of(), LeftoverEnglish.in(sent, TITLE, NOTE, "checkout", "Ana Lee", "Bo Kim"), sent);
    }

    private static String key(String text) {
        Matcher m = KEY.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no incident key in " + text);
        }
        return m.group(1);
    }

    private static List<String> texts(Recorded request) {
        List<String> texts = new ArrayList<>();
        collect(request.body(), texts);
        return texts;
    }

    private static void collect(Object node, List<String> texts) {
        if (node instanceof JsonObject object) {
            for (Map.Entry<String, Object> field : object) {
                if (field.getValue() instanceof String s && READ.contains(field.getKey())) {
                    texts.add(s);
                } else {
                    collect(field.getValue(), texts);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(n -> collect(n, texts));
        }
    }

    /** The card as a person reads it, in the same form as {@link DiscordKoreanCardTest#render}. */
    static String render(JsonObject message) {
        JsonObject embed = message.getJsonArray("embeds").getJsonObject(0);
        List<String> lines = new ArrayList<>();
        lines.add("# " + embed.getString("title"));
        lines.add(embed.getString("description"));
        for (Object f : embed.getJsonArray("fields")) {
            JsonObject field = (JsonObject) f;
            lines.add("[" + field.getString("name") + (field.getBoolean("inline", false) ? " | " : "\n")
                    + field.getString("value") + "]");
        }
        lines.add("~ " + embed.getJsonObject("footer").getString("text"));
        for (Object row : message.getJsonArray("components")) {
            List<String> labels = new ArrayList<>();
            ((JsonObject) row).getJsonArray("components").forEach(b -> labels.add("(" + ((JsonObject) b)
                    .getString("label") + ")"));
            lines.add(String.join(" ", labels));
        }
        return String.join("\n", lines) + "\n";
    }
}
