package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.IncidentCards;
import io.warroom.i18n.Language;
import io.warroom.incident.Playbook;
import io.warroom.support.KoreanCardIncident;
import io.warroom.support.LeftoverEnglish;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The card of a Korean incident as Block Kit: every word of it Korean, except names, keys and what people wrote. */
@QuarkusTest
class SlackKoreanCardTest {

    @Inject
    IncidentCards cards;

    @Inject
    Playbook playbook;

    @Test
    void aKoreanIncidentsCardIsKoreanBlockKit() {
        IncidentCard card = QuarkusTransaction.requiringNew().call(() -> cards.of(
                KoreanCardIncident.snapshot(playbook, Language.KO)));

        String text = render(SlackBlocks.card(card));

        assertEquals("""
                # INC-987654 · SEV2 · 결제 API 5xx 급증
                ✅ 탐지 → ▶️ 분류 → 완화 → 원인 분석 → 복구 → 포스트모템
                [*심각도*
                SEV2]
                [*상태*
                진행 중]
                [*서비스*
                checkout]
                [*장애 지휘자*
                bo]
                [*커뮤니케이션 담당*
                —]
                [*기록 담당*
                —]
                *분류 체크리스트*
                ☐ 1. 영향 범위 파악 (서비스, 사용자, 매출)
                ☐ 2. 담당자 / 온콜 호출
                ☐ 3. 심각도 지정
                ☐ 4. 장애 지휘자 지정
                [*최근 상황 공유*
                롤백 후 오류율이 떨어지는 중 (07:10 UTC)]
                [*영향 시작*
                05:55 UTC (탐지 1시간 5분 전)]
                ~ Warroom · INC-987654 · 장애 진행에 따라 이 카드가 갱신됩니다
                (다음 단계) (롤백) (해결) (포스트모템 내보내기)
                """, text);
        assertEquals("INC-987654 · SEV2 · 결제 API 5xx 급증 · 분류", SlackBlocks.cardFallback(card));
        assertEquals(List.of(), LeftoverEnglish.in(text, KoreanCardIncident.TITLE, KoreanCardIncident.UPDATE));
    }

    @Test
    void anEnglishIncidentsCardStaysEnglish() {
        IncidentCard card = QuarkusTransaction.requiringNew().call(() -> cards.of(
                KoreanCardIncident.snapshot(playbook, Language.EN)));

        String text = render(SlackBlocks.card(card));

        assertEquals("""
                # INC-987654 · SEV2 · 결제 API 5xx 급증
                ✅ Detect → ▶️ Triage → Mitigate → RCA → Recover → Postmortem
                [*Severity*
                SEV2]
                [*Status*
                open]
                [*Service*
                checkout]
                [*Incident commander*
                bo]
                [*Communications*
                —]
                [*Scribe*
                —]
                *Triage checklist*
                ☐ 1. Scope the impact (services, users, revenue)
                ☐ 2. Page the owner / on-call
                ☐ 3. Set severity
                ☐ 4. Name a commander
                [*Last update*
                롤백 후 오류율이 떨어지는 중 (07:10 UTC)]
                [*Impact since*
                05:55 UTC (1h 5m before detection)]
                ~ Warroom · INC-987654 · this card follows the incident
                (Next phase) (Rollback) (Resolve) (Export postmortem)
                """, text);
    }

    /** Block Kit as a person reads it: one line per header, section, field, context and row of buttons. */
    static String render(List<LayoutBlock> blocks) {
        List<String> lines = new ArrayList<>();
        for (LayoutBlock block : blocks) {
            if (block instanceof HeaderBlock header) {
                lines.add("# " + header.getText().getText());
            } else if (block instanceof SectionBlock section) {
                if (section.getText() != null) {
                    lines.add(text(section.getText()));
                }
                if (section.getFields() != null) {
                    section.getFields().forEach(f -> lines.add("[" + text(f) + "]"));
                }
            } else if (block instanceof ContextBlock context) {
                context.getElements().forEach(e -> lines.add("~ " + ((MarkdownTextObject) e).getText()));
            } else if (block instanceof ActionsBlock actions) {
                lines.add(actions.getElements().stream().map(e -> "(" + ((ButtonElement) e).getText().getText() + ")")
                        .collect(Collectors.joining(" ")));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String text(TextObject object) {
        return object instanceof MarkdownTextObject markdown ? markdown.getText() : object.toString();
    }
}
