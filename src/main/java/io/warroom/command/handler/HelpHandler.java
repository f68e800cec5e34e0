package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import io.warroom.command.UsageException;
import io.warroom.command.Verb;
import io.warroom.incident.Echo;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class HelpHandler implements CommandHandler<Command.Help> {

    @Override
    public Class<Command.Help> handles() {
        return Command.Help.class;
    }

    @Override
    public Reply handle(Command.Help command, CommandScope scope) {
        if (command.topic() != null) {
            Verb verb = Verb.find(command.topic()).orElseThrow(() -> new UsageException(
                    "`" + Echo.of(command.topic()) + "` is not a subcommand.", Verb.HELP));
            return Reply.ok(verb.usage() + "\n" + verb.summary());
        }
        StringBuilder text = new StringBuilder("Warroom commands (in an incident room the incident is implied; "
                + "elsewhere add its key, e.g. `/incident status INC-42`):");
        for (Verb verb : Verb.values()) {
            text.append("\n`").append(verb.usage()).append("`  ").append(verb.summary());
        }
        return Reply.ok(text.toString());
    }
}
