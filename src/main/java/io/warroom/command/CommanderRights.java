package io.warroom.command;

/**
 * Whether a command's actor is the incident's commander or a Warroom admin. Answering needs the on-call file and the
 * admin list, which access/ owns; handlers here only ask, so the grammar does not depend on access/.
 */
public interface CommanderRights {

    /** False when the incident has no commander and the actor is no admin. */
    boolean isCommanderOrAdmin(CommandScope scope);
}
