package io.warroom.alert.intake;

import io.warroom.incident.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The allow-list of SNS topics (WARROOM_ALERTS_SNS_TOPICS). An entry names partition, region and account exactly; only
 * the topic name may hold `*`, so no entry can let in another account's topic.
 */
final class SnsTopics {

    static final String VARIABLE = "WARROOM_ALERTS_SNS_TOPICS";
    private static final Pattern ENTRY = Pattern.compile(
            "arn:aws(-cn|-us-gov)?:sns:[a-z]{2}(-gov)?-[a-z]+-[0-9]+:[0-9]{12}:[A-Za-z0-9_*.-]{1,256}");
    private static final Pattern ARN = Pattern.compile(
            "arn:aws(-cn|-us-gov)?:sns:[a-z]{2}(-gov)?-[a-z]+-[0-9]+:[0-9]{12}:[A-Za-z0-9_.-]{1,256}");

    private final List<Pattern> allowed;

    private SnsTopics(List<Pattern> allowed) {
        this.allowed = allowed;
    }

    /** The allow-list, or an IntakeException (503) saying how to set it when it is missing or malformed. */
    static SnsTopics of(Optional<List<String>> configured) {
        List<String> entries = configured.orElse(List.of()).stream().map(String::strip).filter(e -> !e.isEmpty())
                .toList();
        if (entries.isEmpty()) {
            throw new IntakeException(503, null, "Amazon SNS intake is off until you list the topics it may take: "
                    + "set " + VARIABLE + " to comma-separated topic ARNs, e.g. "
                    + "arn:aws:sns:eu-west-1:123456789012:alarms or arn:aws:sns:eu-west-1:123456789012:*, and "
                    + "restart.");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : entries) {
            if (!ENTRY.matcher(entry).matches()) {
                throw new IntakeException(503, null, VARIABLE + " holds `" + Echo.of(entry) + "`, which is not a "
                        + "topic ARN: write arn:<partition>:sns:<region>:<account>:<topic>, with `*` only in the "
                        + "topic name.");
            }
            patterns.add(Pattern.compile(Pattern.quote(entry).replace("*", "\\E.*\\Q")));
        }
        return new SnsTopics(List.copyOf(patterns));
    }

    boolean allows(String topicArn) {
        return ARN.matcher(topicArn).matches() && allowed.stream().anyMatch(p -> p.matcher(topicArn).matches());
    }
}
