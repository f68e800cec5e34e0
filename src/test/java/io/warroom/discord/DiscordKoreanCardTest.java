package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.IncidentCards;
import io.warroom.i18n.Language;
import io.warroom.incident.Playbook;
import io.warroom.reply.Reply;
import io.warroom.support.KoreanCardIncident;
import io.warroom.support.LeftoverEnglish;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

/** The card of a Korean incident as a Discord embed with buttons, and a Korean confirmation's Cancel. */
@QuarkusTest
class DiscordKoreanCardTest {

    @Inject
    IncidentCards cards;

    @Inject
    DiscordMessages messages;

    @Inject
    Playbook playbook;

    @Test
    void aKoreanIncidentsCardIsAKoreanEmbed() {
        IncidentCard card = QuarkusTransaction.requiringNew().call(() -> cards.of(
                KoreanCardIncident.snapshot(playbook, Language.KO)));

        MessageCreateData data = messages.card(card);
        String text = render(data.getEmbeds().get(0), data.getComponents().stream().map(c -> (ActionRow) c).toList());

        assertEquals("""
                # INC-987654 · SEV2 · 결제 API 5xx 급증
                ✅ 탐지 → ▶️ 분류 → 완화 → 원인 분석 → 복구 → 포스트모템
                [심각도 | SEV2]
                [상태 | 진행 중]
                [서비스 | checkout]
                [장애 지휘자 | bo]
                [커뮤니케이션 담당 | —]
                [기록 담당 | —]
                [분류 체크리스트
                ☐ 1. 영향 범위 파악 (서비스, 사용자, 매출)
                ☐ 2. 담당자 / 온콜 호출
                ☐ 3. 심각도 지정
                ☐ 4. 장애 지휘자 지정]
                [최근 상황 공유 | 롤백 후 오류율이 떨어지는 중 (07:10 UTC)]
                [영향 시작 | 05:55 UTC (탐지 1시간 5분 전)]
                ~ Warroom · INC-987654 · 장애 진행에 따라 이 카드가 갱신됩니다
                (다음 단계) (롤백) (해결) (포스트모템 내보내기)
                """, text);
        assertEquals(List.of(), LeftoverEnglish.in(text, KoreanCardIncident.TITLE, KoreanCardIncident.UPDATE));
    }

    @Test
    void aConfirmationOutsideAnIncidentHasCancelInWarroomsLanguage() {
        MessageEditData asked = messages.confirmation(new Reply.Confirmation("Roll back?", "Sure?", "Roll back",
                "rollback confirm"), "INC-987654");
        List<String> labels = asked.getComponents().stream().flatMap(c -> ((ActionRow) c).getButtons().stream())
                .map(Button::getLabel).toList();
        assertEquals(List.of("Roll back", "Cancel"), labels);
    }

    /** An embed as a person reads it: title, description, one line per field, footer, then the buttons. */
    static String render(MessageEmbed embed, List<ActionRow> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + embed.getTitle());
        lines.add(embed.getDescription());
        for (MessageEmbed.Field field : embed.getFields()) {
            lines.add("[" + field.getName() + (field.isInline() ? " | " : "\n") + field.getValue() + "]");
        }
        lines.add("~ " + embed.getFooter().getText());
        for (ActionRow row : rows) {
            lines.add(row.getButtons().stream().map(b -> "(" + b.getLabel() + ")").collect(Collectors.joining(" ")));
        }
        return String.join("\n", lines) + "\n";
    }
}
