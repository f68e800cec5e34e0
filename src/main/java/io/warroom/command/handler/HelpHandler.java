package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.command.UsageException;
import io.warroom.command.UsageMessages;
import io.warroom.command.Verb;
import io.warroom.i18n.Bundles;
import io.warroom.incident.Echo;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class HelpHandler implements CommandHandler<Command.Help> {

    @Override
    public Class<Command.Help> handles() {
        return Command.Help.class;
    }

    @Override
    public Reply handle(Command.Help command, CommandScope scope) {
        UsageMessages messages = Bundles.in(UsageMessages.class, scope.language());
        if (command.topic() != null) {
            String topic = Echo.of(command.topic());
            Verb verb = Verb.find(command.topic()).orElseThrow(() -> new UsageException(
                    "`" + topic + "` is not a subcommand.", Verb.HELP, m -> m.notASubcommand(topic)));
            return Reply.ok(messages.helpTopic(verb.usage(), verb.summary(scope.language())));
        }
        StringBuilder text = new StringBuilder(messages.helpHeading());
        for (Verb verb : Verb.values()) {
            text.append("\n`").append(verb.usage()).append("`  ").append(verb.summary(scope.language()));
        }
        return Reply.ok(text.toString());
    }
}
