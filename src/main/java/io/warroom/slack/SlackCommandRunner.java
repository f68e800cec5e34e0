package io.warroom.slack;

import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.command.CommandQueue;
import io.warroom.command.ParsedCommand;
import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs what someone did in Slack through the one grammar and executor, in the channel it was done in: in an incident
 * room the room names the incident, elsewhere the text does ({@code INC-42}).
 */
@ApplicationScoped
class SlackCommandRunner {

    @Inject
    CommandExecutor executor;

    @Inject
    CommandQueue queue;

    Reply text(String commandLine, Person actor, String channelId) {
        return queue.answer("Slack", () -> executor.execute(commandLine, context(actor, channelId)));
    }

    Reply parsed(ParsedCommand command, Person actor, String channelId) {
        return queue.answer("Slack", () -> executor.execute(command, context(actor, channelId)));
    }

    static Person person(String userId, String name) {
        return new Person(Platform.SLACK, userId, name);
    }

    private static CommandContext context(Person actor, String channelId) {
        return channelId == null || channelId.isBlank() ? CommandContext.of(actor)
                : CommandContext.inRoom(actor, Platform.SLACK, channelId);
    }
}
