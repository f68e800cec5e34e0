package io.warroom.oncall;

import io.warroom.chat.ChatMessage;
import io.warroom.reply.IncidentButtons;
import io.warroom.reply.Reply;
import io.warroom.config.HumanDuration;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pages people about an incident: invites them into its rooms, mentions them there with an Acknowledge button,
 * sends each a direct message, and writes the page on the timeline. A page is written once per dedup key, so a
 * job that runs twice (or on two instances) pages once.
 */
@ApplicationScoped
public class Pager {

    @Inject
    ChatReach reach;

    @Inject
    Timeline timeline;

    /** What a page says about itself on the timeline and in the messages. */
    public record Page(String dedupKey, String timelineText, String roomReason, String directReason) {
    }

    /** Pages the people; false when this page (its dedup key) was sent before. */
    public boolean page(Incident incident, List<OnCallPerson> people, Page page, Instant now) {
        List<OnCallPerson> unreachable = people.stream().filter(p -> reach.chatIds(p).isEmpty()).toList();
        PageMessages texts = PageTexts.in(incident.language);
        String text = page.timelineText() + (unreachable.isEmpty() ? "" : texts.unreachable(names(unreachable)));
        boolean first = timeline.recordOnce(incident, Person.system(), new IncidentEvent(TimelineKind.PAGE, text), now,
                page.dedupKey()).isPresent();
        if (!first) {
            return false;
        }
        for (Platform platform : reach.roomPlatforms(incident)) {
            List<String> ids = new ArrayList<>();
            people.forEach(p -> p.chatId(platform).ifPresent(ids::add));
            if (ids.isEmpty()) {
                continue;
            }
            reach.invite(incident, platform, ids);
        }
        reach.postInRoom(incident, platform -> roomMessage(incident, people, platform, page.roomReason()));
        for (OnCallPerson person : people) {
            for (Map.Entry<Platform, String> id : reach.chatIds(person).entrySet()) {
                reach.directMessage(id.getKey(), id.getValue(), ChatMessage.text(
                        texts.direct(headline(incident), page.directReason(), incident.key())));
            }
        }
        return true;
    }

    public static String headline(Incident incident) {
        PageMessages texts = PageTexts.in(incident.language);
        return incident.service == null ? texts.headline(incident.key(), incident.severity.label(), incident.title)
                : texts.headlineForService(incident.key(), incident.severity.label(), incident.title,
                        incident.service);
    }

    public static String names(List<OnCallPerson> people) {
        return people.stream().map(OnCallPerson::name).collect(Collectors.joining(", "));
    }

    public static String waitText(java.time.Duration wait) {
        return HumanDuration.format(wait);
    }

    private static ChatMessage roomMessage(Incident incident, List<OnCallPerson> people, Platform platform,
            String reason) {
        String who = people.stream().map(p -> p.chatId(platform).map(id -> ChatReach.mention(id) + " (" + p.name()
                + ")").orElse(p.name())).collect(Collectors.joining(", "));
        List<String> mentioned = people.stream().flatMap(p -> p.chatId(platform).stream()).toList();
        PageMessages texts = PageTexts.in(incident.language);
        return new ChatMessage(texts.room(who, reason), List.of(), List.of(new Reply.Button(
                texts.acknowledgeButton(), IncidentButtons.ACKNOWLEDGE, Reply.ButtonStyle.PRIMARY)), mentioned);
    }
}
