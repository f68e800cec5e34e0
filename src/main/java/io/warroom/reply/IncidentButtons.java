package io.warroom.reply;

import io.warroom.reply.Reply.Button;
import io.warroom.reply.Reply.ButtonStyle;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Phase;
import java.util.ArrayList;
import java.util.List;

/** The buttons of the incident card, each the command it runs; only those that make sense now are shown. */
public final class IncidentButtons {

    public static final String ACKNOWLEDGE = "ack";
    public static final String NEXT_PHASE = "next";
    public static final String ROLLBACK = "rollback";
    public static final String RESOLVE = "resolve";
    public static final String EXPORT = "postmortem";

    private IncidentButtons() {
    }

    public static List<Button> forIncident(IncidentSnapshot incident) {
        CardMessages words = IncidentText.words(incident.language());
        List<Button> buttons = new ArrayList<>();
        boolean open = incident.status() == IncidentStatus.OPEN;
        if (open && !incident.acknowledged()) {
            buttons.add(new Button(words.acknowledge(), ACKNOWLEDGE, ButtonStyle.PRIMARY));
        }
        if (incident.status() != IncidentStatus.CLOSED && incident.phase() != Phase.POSTMORTEM) {
            buttons.add(new Button(words.nextPhase(), NEXT_PHASE, ButtonStyle.DEFAULT));
        }
        if (open) {
            buttons.add(new Button(words.rollback(), ROLLBACK, ButtonStyle.DANGER));
            buttons.add(new Button(words.resolve(), RESOLVE, ButtonStyle.PRIMARY));
        }
        buttons.add(new Button(words.exportPostmortem(), EXPORT, ButtonStyle.DEFAULT));
        return buttons;
    }
}
