package io.warroom.webapp;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the web app's frame: layout, login and errors. Templates read them as {@code app:…}. */
@MessageBundle("app")
public interface AppMessages {

    /** The page's language, for the html element. */
    @Message("en")
    String lang();

    @Message("Warroom")
    String product();

    @Message("Incidents")
    String navIncidents();

    @Message("Reports")
    String navReports();

    @Message("Status page")
    String navStatus();

    @Message("Users")
    String navUsers();

    @Message("Log out")
    String logout();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Log in")
    String loginTitle();

    @Message("User name")
    String username();

    @Message("Password")
    String password();

    @Message("Wrong user name or password.")
    String loginFailed();

    @Message("You are logged out.")
    String loggedOut();

    @Message("This form has expired or did not come from Warroom. Go back, reload the page and try again.")
    String csrfRefused();

    @Message("Skip to content")
    String skipToContent();

    @Message("Your account")
    String accountTitle();

    @Message("Change password")
    String changePassword();

    @Message("Current password")
    String currentPassword();

    @Message("New password")
    String newPassword();

    @Message("New password again")
    String repeatPassword();

    @Message("The current password is wrong.")
    String currentPasswordWrong();

    @Message("The two new passwords differ.")
    String passwordsDiffer();

    @Message("A password has {min} to {max} characters (bytes in UTF-8).")
    String passwordRules(int min, int max);

    @Message("Changing the password logs you out everywhere, here too.")
    String passwordChangeEndsSessions();

    @Message("Administrator")
    String roleAdmin();

    @Message("Member")
    String roleMember();
}
