package io.warroom.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.DatetimePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.warroom.command.BackfillTime;
import io.warroom.command.Command;
import io.warroom.command.ParsedCommand;
import io.warroom.chat.ReplyLanguages;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.reply.Reply;
import io.warroom.command.Verb;
import io.warroom.incident.Incident;
import io.warroom.incident.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "Open an incident" form: {@code /incident} alone or {@code open} without a title. Submitting it runs the same
 * {@code open} as typing it; what is wrong is shown next to the field (response_action: errors) and nothing opens.
 */
@ApplicationScoped
class IncidentModal {

    static final String CALLBACK_ID = "wr_open_incident";
    static final String TITLE = "title";
    static final String SEVERITY = "severity";
    static final String SERVICE = "service";
    static final String DESCRIPTION = "description";
    static final String STARTED = "started";
    private static final int SERVICE_MAX = 200;
    private static final int DESCRIPTION_MAX = 3000;

    /** What the form starts with: options typed after {@code open} without a title. */
    record Prefill(Severity severity, String service) {
    }

    /** Where the form was asked for, to answer there once it is submitted. */
    record Origin(String channel, String responseUrl) {
    }

    @Inject
    SlackCommandRunner runner;

    @Inject
    SlackViews views;

    @Inject
    SlackWork work;

    @Inject
    ViewMetadata metadata;

    @Inject
    Clock clock;

    @Inject
    ReplyLanguages languages;

    /** The form to open for this command text, or empty when the text is a command to run. */
    static Optional<Prefill> wanted(String text) {
        if (text.isBlank()) {
            return Optional.of(new Prefill(null, null));
        }
        String[] words = text.strip().split("\\s+");
        if (!words[0].equalsIgnoreCase(Verb.OPEN.id())) {
            return Optional.empty();
        }
        Severity severity = null;
        String service = null;
        for (String word : Arrays.asList(words).subList(1, words.length)) {
            int colon = word.indexOf(':');
            String key = colon < 0 ? "" : word.substring(0, colon).toLowerCase(Locale.ROOT);
            if ((key.equals("sev") || key.equals("severity")) && Severity.parse(word.substring(colon + 1)).isPresent()) {
                severity = Severity.parse(word.substring(colon + 1)).get();
            } else if (key.equals("service") && colon < word.length() - 1) {
                service = word.substring(colon + 1);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Prefill(severity, service));
    }

    /** Opens the form; empty when it opened, else what to tell the person. */
    Optional<String> open(String triggerId, Prefill prefill, Origin origin) {
        Language language = languages.fallback();
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, language);
        return views.open(triggerId, view(prefill, origin, language), words.theIncidentForm(),
                words.typeOpenInstead(), language);
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        var payload = request.getPayload();
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        String title = text(values, TITLE);
        String service = text(values, SERVICE);
        String description = text(values, DESCRIPTION);
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, languages.fallback());
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null) {
            errors.put(TITLE, words.titleMissing());
        } else if (title.length() > Incident.TITLE_MAX) {
            errors.put(TITLE, words.titleTooLong(title.length(), Incident.TITLE_MAX));
        }
        if (service != null && service.length() > SERVICE_MAX) {
            errors.put(SERVICE, words.serviceTooLong(service.length(), SERVICE_MAX));
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.put(DESCRIPTION, words.descriptionTooLong(description.length(), DESCRIPTION_MAX));
        }
        Instant started = startedAt(values);
        if (started != null && started.isAfter(clock.instant())) {
            errors.put(STARTED, words.startedInFuture());
        }
        ViewState.Value chosen = values.getOrDefault(SEVERITY, Map.of()).get(SEVERITY);
        Severity severity = chosen == null || chosen.getSelectedOption() == null ? Severity.SEV3
                : Severity.parse(chosen.getSelectedOption().getValue()).orElse(null);
        if (severity == null) {
            errors.put(SEVERITY, words.severityMissing());
        }
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        Origin origin = metadata.read(payload.getView().getPrivateMetadata(), Origin.class)
                .orElse(new Origin(null, null));
        var user = payload.getUser();
        Reply reply = runner.parsed(new ParsedCommand(Verb.OPEN, new Command.Open(title, severity, service,
                description, started == null ? null : utc(started)), Optional.empty()), SlackCommandRunner.person(user.getId(), user.getUsername() == null
                        ? user.getName() : user.getUsername()), origin.channel());
        if (!reply.isOk()) {
            return ctx.ackWithErrors(Map.of(TITLE, firstLine(reply.text())));
        }
        if (origin.responseUrl() != null) {
            work.run("answer to the incident form", () -> views.respond(origin.responseUrl(), reply));
        }
        return ctx.ack();
    }

    private View view(Prefill prefill, Origin origin, Language language) {
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, language);
        List<OptionObject> severities = Arrays.stream(Severity.values()).map(s -> OptionObject.builder()
                .text(SlackReplies.plain(s.label() + " · " + s.meaning(language), 75)).value(String.valueOf(s.level()))
                .build()).toList();
        Severity initial = prefill.severity() == null ? Severity.SEV3 : prefill.severity();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(InputBlock.builder().blockId(TITLE).label(SlackReplies.plain(words.title(), 2000))
                .element(PlainTextInputElement.builder().actionId(TITLE).maxLength(Incident.TITLE_MAX)
                        .placeholder(SlackReplies.plain(words.titlePlaceholder(), 150)).build()).build());
        blocks.add(InputBlock.builder().blockId(SEVERITY).label(SlackReplies.plain(words.severity(), 2000))
                .element(StaticSelectElement.builder().actionId(SEVERITY).options(severities)
                        .initialOption(severities.get(initial.ordinal())).build()).build());
        blocks.add(InputBlock.builder().blockId(SERVICE).optional(true).label(SlackReplies.plain(words.service(), 2000))
                .element(PlainTextInputElement.builder().actionId(SERVICE).maxLength(SERVICE_MAX)
                        .initialValue(prefill.service()).placeholder(SlackReplies.plain("checkout", 150)).build())
                .build());
        blocks.add(InputBlock.builder().blockId(DESCRIPTION).optional(true)
                .label(SlackReplies.plain(words.description(), 2000))
                .element(PlainTextInputElement.builder().actionId(DESCRIPTION).multiline(true)
                        .maxLength(DESCRIPTION_MAX)
                        .placeholder(SlackReplies.plain(words.descriptionPlaceholder(), 150)).build()).build());
        blocks.add(InputBlock.builder().blockId(STARTED).optional(true)
                .label(SlackReplies.plain(words.started(), 2000))
                .hint(SlackReplies.plain(words.startedHint(), 150))
                .element(DatetimePickerElement.builder().actionId(STARTED).build()).build());
        return View.builder().type("modal").callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(words.openTitle()).build())
                .submit(ViewSubmit.builder().type("plain_text").text(words.open()).build())
                .close(ViewClose.builder().type("plain_text").text(words.cancel()).build())
                .privateMetadata(metadata.write(origin)).blocks(blocks).build();
    }

    /** The datetimepicker's choice, Unix seconds; null when left empty. */
    private static Instant startedAt(Map<String, Map<String, ViewState.Value>> values) {
        ViewState.Value value = values.getOrDefault(STARTED, Map.of()).get(STARTED);
        return value == null || value.getSelectedDateTime() == null ? null
                : Instant.ofEpochSecond(value.getSelectedDateTime());
    }

    private static BackfillTime utc(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return new BackfillTime(local.toLocalDate(), local.toLocalTime(), ZoneOffset.UTC);
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        ViewState.Value value = values.getOrDefault(block, Map.of()).get(block);
        String text = value == null ? null : value.getValue();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
