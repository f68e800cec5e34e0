package io.warroom.access;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What role changes answer, refusals included. */
@MessageBundle("access")
public interface AccessMessages {

    @Message("{role} of {key} is already {holder}.")
    String roleAlreadyHeld(String role, String key, String holder);

    @Message("nobody yet")
    String nobodyYet();

    @Message("the on-call of {service} ({people})")
    String dutyOf(String service, String people);

    @Message("the default team")
    String defaultTeam();

    @Message("nobody")
    String nobody();

    @Message("Refused: {actor} may not take {role} from {holder} on {key}; only the commander ({commander}), {duty} "
            + "or a Warroom admin may. Anyone may take a role nobody holds.")
    String roleRefusedTake(String actor, String role, String holder, String key, String commander, String duty);

    @Message("Refused: {actor} may not give {role} to {person} on {key}; only the commander ({commander}), {duty} or "
            + "a Warroom admin may. Anyone may take a role nobody holds.")
    String roleRefusedGive(String actor, String role, String person, String key, String commander, String duty);

    @Message("Refused: {actor} may not give {role} to {person} (now {holder}) on {key}; only the commander "
            + "({commander}), {duty} or a Warroom admin may. Anyone may take a role nobody holds.")
    String roleRefusedReplace(String actor, String role, String person, String holder, String key, String commander,
            String duty);
}
