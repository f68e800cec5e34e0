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

    @Message("Too many failed logins; try again in {minutes} minutes.")
    String tooManyLogins(long minutes);

    @Message("Sign in with {provider}")
    String ssoSignIn(String provider);

    @Message("or")
    String or();

    @Message("Your e-mail address is not in a domain allowed to sign in to Warroom.")
    String ssoDomainRefused();

    @Message("Your user name is already used by another Warroom account. Ask an admin to rename or remove it.")
    String ssoNameTaken();

    @Message("Single sign-on did not give Warroom a usable user name. Ask an admin.")
    String ssoRefused();

    @Message("Page not found")
    String notFoundTitle();

    @Message("There is no page at this address. It may have moved, or the incident may have another key.")
    String notFound();

    @Message("Not allowed")
    String forbiddenTitle();

    @Message("Your account may not open this page or do this. Ask an admin if you need to.")
    String forbidden();

    @Message("Something went wrong")
    String serverErrorTitle();

    @Message("Warroom could not complete this request. Try again; if it keeps failing, tell your admin: error {id}.")
    String serverError(String id);

    @Message("Request refused")
    String badRequestTitle();

    @Message("This request could not be read. Go back, reload the page and try again.")
    String badRequest();

    @Message("Too much text in this form: a field is longer than Warroom accepts.")
    String tooLarge();

    @Message("Back to incidents")
    String backHome();

    @Message("Warroom's database is unavailable, so nothing was stored or changed; try again in a few seconds.")
    String databaseUnavailable();

    @Message("Language")
    String languageTitle();

    @Message("Language of the web app")
    String languageLabel();

    @Message("Browser's language")
    String languageBrowser();

    @Message("English")
    String languageEnglish();

    @Message("한국어")
    String languageKorean();

    @Message("Save language")
    String languageSave();

    @Message("Language saved.")
    String languageSaved();

    @Message("Choose a language from the list.")
    String languageUnknown();
}
