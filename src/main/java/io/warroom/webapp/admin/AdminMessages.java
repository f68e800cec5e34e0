package io.warroom.webapp.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the admin's pages. Templates read them as {@code admin:…}. */
@MessageBundle("admin")
public interface AdminMessages {

    @Message("Users")
    String usersTitle();

    @Message("User name")
    String username();

    @Message("Display name")
    String displayName();

    @Message("Role")
    String role();

    @Message("Signs in with")
    String signsInWith();

    @Message("Created")
    String created();

    @Message("Actions")
    String actions();

    @Message("password")
    String byPassword();

    @Message("single sign-on")
    String bySso();

    @Message("(you)")
    String you();

    @Message("Add a user")
    String addUser();

    @Message("Administrator (may manage users)")
    String adminCheckbox();

    @Message("Initial password")
    String initialPassword();

    @Message("Leave empty and Warroom makes one up and shows it once.")
    String initialPasswordHint();

    @Message("Add user")
    String add();

    @Message("Reset password")
    String resetPassword();

    @Message("Make admin")
    String makeAdmin();

    @Message("Make member")
    String makeMember();

    @Message("Delete")
    String delete();

    @Message("User {name} added.")
    String added(String name);

    @Message("The password of {name} was reset and their sessions ended.")
    String reset(String name);

    @Message("{name} is now an administrator.")
    String nowAdmin(String name);

    @Message("{name} is now a member.")
    String nowMember(String name);

    @Message("User {name} deleted.")
    String deleted(String name);

    @Message("Password of {name}, shown only now: give it to them over a private channel; they can change it under"
            + " Your account.")
    String secretFor(String name);

    @Message("The user name {name} is taken.")
    String taken(String name);

    @Message("A user name has 1 to 64 characters: lower-case letters, digits and . _ - @ +, starting with a letter or"
            + " digit.")
    String invalidName();

    @Message("A display name has at most 200 characters and no control characters.")
    String invalidDisplayName();

    @Message("A password has {min} to {max} characters (bytes in UTF-8).")
    String passwordRules(int min, int max);

    @Message("There is no user {name}.")
    String unknown(String name);

    @Message("{name} is the last administrator; make someone else an administrator first.")
    String lastAdmin(String name);

    @Message("You cannot delete your own account.")
    String self();

    @Message("{name} signs in through single sign-on and has no Warroom password.")
    String ssoAccount(String name);
}
