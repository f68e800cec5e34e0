package io.warroom.webapp;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.warroom.i18n.Language;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/** One's own account: who one is signed in as, and changing one's password. */
@Path("/account")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    WebUsers users;

    @Inject
    PageLanguage page;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(String error, boolean languageSaved);
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") boolean saved) {
        return Templates.account(null, saved);
    }

    /** The language the web app speaks to this user; empty follows the browser again. */
    @POST
    @Path("language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeLanguage(@FormParam("language") String language) {
        String tag = language == null ? "" : language.strip();
        Optional<Language> chosen = Language.parse(tag).filter(l -> l.tag().equals(tag));
        if (!tag.isEmpty() && chosen.isEmpty()) {
            return refused(messages().languageUnknown());
        }
        users.setLanguage(currentUser.username(), chosen.orElse(null));
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }

    /** A new password ends every session, this one too: the user logs in again with it. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("current") String current, @FormParam("password") String password,
            @FormParam("repeat") String repeat) {
        if (users.authenticate(currentUser.username(), current).isEmpty()) {
            return refused(messages().currentPasswordWrong());
        }
        if (password == null || !password.equals(repeat)) {
            return refused(messages().passwordsDiffer());
        }
        try {
            users.setPassword(currentUser.username(), password);
        } catch (WebUsers.AccountException e) {
            return refused(messages().passwordRules(WebUsers.PASSWORD_MIN, WebUsers.PASSWORD_MAX_BYTES));
        }
        return Response.seeOther(URI.create("/login?out=true")).build();
    }

    private static Response refused(String error) {
        return Response.status(422).entity(Templates.account(error, false)).build();
    }

    /** The page's texts in its language. */
    private AppMessages messages() {
        return page.texts(AppMessages.class);
    }
}
