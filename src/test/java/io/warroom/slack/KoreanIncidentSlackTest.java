package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.support.FakeHttp;
import io.warroom.support.KoreanProfile;
import io.warroom.support.LeftoverEnglish;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.ResponseUrl;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One whole incident in Korean through Slack's wire format: opened from the form, acknowledged and moved on with the
 * card's buttons, a note, a confirmed rollback, resolved. The card reads exactly as a Korean team expects, and no
 * English sentence is left in anything Warroom sent, apart from what people wrote.
 */
@QuarkusTest
@TestProfile(KoreanProfile.class)
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class KoreanIncidentSlackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("(INC-\\d+)");
    private static final String TITLE = "결제 API 5xx 급증";
    private static final String NOTE = "캐시 노드 3대 재시작";
    /** Words people typed or that name them; shown as written in every language. */
    private static final String[] USER_TEXT = {TITLE, NOTE, "checkout", "ana.lee", "bo.kim"};

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl hooks = new ResponseUrl();

    private final List<String> answers = new ArrayList<>();

    @Test
    void aWholeIncidentInKorean() {
        Answer typed = signed.command("", FakeSlack.ANA, "ana.lee", FakeSlack.GENERAL, hooks.url("/opened"));
        assertEquals(200, typed.status(), typed.body());
        JsonNode form = slack.awaitCall("views.open", c -> c.json("view").path("callback_id").asText()
                .equals(IncidentModal.CALLBACK_ID)).json("view");
        assertEquals("장애 선언", form.path("title").path("text").asText());
        assertEquals(List.of("제목", "심각도", "서비스", "설명", "영향 시작 시각(지금보다 이전이라면)"),
                form.path("blocks").findValues("label").stream().map(l -> l.path("text").asText()).toList());
        Answer refused = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.ANA, "ana.lee", form, Map.of()));
        assertEquals("장애 제목을 입력하세요. 예: 결제 5xx 급증", refused.json().path("errors").path("title").asText());
        answers.add(refused.body());

        Answer submitted = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.ANA, "ana.lee", form, Map.of(
                IncidentModal.TITLE, SlackPayloads.textInput(TITLE),
                IncidentModal.SEVERITY, SlackPayloads.selected("2", "SEV2"),
                IncidentModal.SERVICE, SlackPayloads.textInput("checkout"))));
        assertEquals(200, submitted.status(), submitted.body());
        String key = key(answer("/opened"));
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        room.awaitCard("the room step ticked", r -> r.card().blockText().contains("☑ 2."));

        assertEquals("""
                # %1$s · SEV2 · 결제 API 5xx 급증
                ▶️ 탐지 → 분류 → 완화 → 원인 분석 → 복구 → 포스트모템
                [*심각도*
                SEV2]
                [*상태*
                진행 중]
                [*서비스*
                checkout]
                [*장애 지휘자*
                —]
                [*커뮤니케이션 담당*
                —]
                [*기록 담당*
                —]
                *탐지 체크리스트*
                ☐ 1. 알림 수신 및 내용 파악
                ☑ 2. 장애 대응 채널 개설
                [*최근 상황 공유*
                아직 상황 공유가 없습니다]
                ~ Warroom · %1$s · 장애 진행에 따라 이 카드가 갱신됩니다
                (확인) (다음 단계) (롤백) (해결) (포스트모템 내보내기)
                """.formatted(key), render(room.card()));

        click(room, "확인", FakeSlack.BO, "bo.kim", "/ack");
        room.awaitCard("분류", r -> r.card().blockText().contains("▶️ 분류"));
        click(room, "다음 단계", FakeSlack.BO, "bo.kim", "/next");
        room.awaitCard("완화", r -> r.card().blockText().contains("▶️ 완화"));

        Answer note = signed.command("note " + NOTE, FakeSlack.ANA, "ana.lee", room.channelId(), hooks.url("/note"));
        assertEquals(200, note.status(), note.body());
        answers.add(note.body());
        FakeSlack.await("the note on the timeline", () -> SlackFlow.timeline(key).stream()
                .anyMatch(e -> e.path("text").asText().equals(NOTE)) ? true : null);

        click(room, "롤백", FakeSlack.BO, "bo.kim", "/rollback");
        JsonNode confirm = slack.awaitCall("views.open", c -> c.json("view").path("callback_id").asText()
                .equals(ConfirmModal.CALLBACK_ID)).json("view");
        assertEquals("취소", confirm.path("close").path("text").asText());
        Answer confirmed = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.BO, "bo.kim", confirm, Map.of()));
        assertEquals("완료", confirmed.json().path("view").path("title").path("text").asText());
        assertEquals("닫기", confirmed.json().path("view").path("close").path("text").asText());
        answers.add(confirmed.body());

        click(room, "해결", FakeSlack.ANA, "ana.lee", "/resolve");
        room.awaitCard("해결됨", r -> r.card().blockText().contains("해결됨"));

        assertEquals("""
                # %1$s · SEV2 · 결제 API 5xx 급증
                ✅ 탐지 → ✅ 분류 → ✅ 완화 → ✅ 원인 분석 → ✅ 복구 → ▶️ 포스트모템
                [*심각도*
                SEV2]
                [*상태*
                해결됨]
                [*서비스*
                checkout]
                [*장애 지휘자*
                —]
                [*커뮤니케이션 담당*
                —]
                [*기록 담당*
                —]
                *포스트모템 체크리스트*
                ☐ 1. 비난 없는 회고: 누가 아니라 시스템에 무엇이 빠졌는지
                ☐ 2. 5 Whys 분석
                ☐ 3. 담당자가 정해진 후속 조치 (재현 테스트, 모니터링, 자동화)
                [*최근 상황 공유*
                아직 상황 공유가 없습니다]
                ~ Warroom · %1$s · 장애 진행에 따라 이 카드가 갱신됩니다
                (포스트모템 내보내기)
                """.formatted(key), render(room.card()));

        List<String> cards = slack.calls().stream().filter(c -> c.param("blocks") != null
                && c.param("blocks").contains("장애 진행에 따라")).map(c -> c.param("text") + "\n" + c.param("blocks"))
                .toList();
        assertEquals(List.of(), LeftoverEnglish.in(String.join("\n", cards) + form, USER_TEXT), "the cards");

        // Replies and room texts written by the command handlers and notifications count too.
        String sent = everythingSent();
        List<String> leftovers = LeftoverEnglish.in(sent, USER_TEXT);
        assertEquals(List.of(), leftovers, sent);
    }

    private void click(SlackRoom room, String label, String userId, String userName, String hookPath) {
        JsonNode button = room.card().buttons().stream().filter(b -> b.path("text").path("text").asText()
                .equals(label)).findFirst().orElseThrow(() -> new AssertionError("no " + label + " button on "
                + room.card()));
        Answer clicked = signed.interaction(SlackPayloads.blockAction(userId, userName, room.channelId(),
                room.cardTs(), button.path("action_id").asText(), label, null, hooks.url(hookPath)));
        assertEquals(200, clicked.status(), clicked.body());
        if (!label.equals("롤백")) {
            answer(hookPath);
        }
    }

    private String answer(String hookPath) {
        String body = hooks.await(r -> r.path().equals(hookPath), 1, Duration.ofSeconds(15)).get(0).body();
        return body;
    }

    private static String key(String text) {
        Matcher m = KEY.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no incident key in " + text);
        }
        return m.group(1);
    }

    /** Every text a person could read: Web API calls, answers through response_url, and direct HTTP answers. */
    private String everythingSent() {
        List<String> texts = new ArrayList<>();
        for (SlackCall call : slack.calls()) {
            for (Map.Entry<String, String> param : call.params().entrySet()) {
                String value = param.getValue();
                if (value == null) {
                    continue;
                }
                if (value.startsWith("{") || value.startsWith("[")) {
                    collect(call.json(param.getKey()), texts);
                } else if (List.of("text", "topic", "purpose", "title", "initial_comment").contains(param.getKey())) {
                    texts.add(value);
                }
            }
        }
        for (FakeHttp.Request answered : hooks.requests(r -> true)) {
            collect(parse(answered.body()), texts);
        }
        answers.forEach(body -> collect(parse(body), texts));
        return String.join("\n", texts);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (Exception notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    /** The texts in Slack JSON: "text" members, error messages, and text objects. */
    private static void collect(JsonNode node, List<String> texts) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            texts.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, texts));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual() && field.getKey().equals("text")) {
                    texts.add(field.getValue().asText());
                } else if (field.getKey().equals("errors")) {
                    field.getValue().forEach(e -> texts.add(e.asText()));
                } else if (field.getValue().isContainerNode()) {
                    collect(field.getValue(), texts);
                }
            }
        }
    }

    /** A message's blocks as a person reads them, in the same form as {@link SlackKoreanCardTest#render}. */
    static String render(SlackMessage message) {
        List<String> lines = new ArrayList<>();
        for (JsonNode block : message.blocks()) {
            switch (block.path("type").asText()) {
                case "header" -> lines.add("# " + block.path("text").path("text").asText());
                case "section" -> {
                    if (block.has("text")) {
                        lines.add(block.path("text").path("text").asText());
                    }
                    block.path("fields").forEach(f -> lines.add("[" + f.path("text").asText() + "]"));
                }
                case "context" -> block.path("elements").forEach(e -> lines.add("~ " + e.path("text").asText()));
                case "actions" -> {
                    List<String> labels = new ArrayList<>();
                    block.path("elements").forEach(e -> labels.add("(" + e.path("text").path("text").asText() + ")"));
                    lines.add(labels.stream().collect(Collectors.joining(" ")));
                }
                default -> lines.add("? " + block);
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
