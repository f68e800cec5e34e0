package io.warroom.webapp.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.warroom.webapp.CurrentUser;
import io.warroom.webapp.WebUser;
import io.warroom.webapp.WebUsers;
import jakarta.annotation.security.RolesAllowed;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Accounts, managed by admins: add (with a typed or a generated password), reset a password, give or take admin
 * rights, delete. A generated password appears once, on the page that answers the form, and is never logged.
 */
@Path("/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminUsersResource {

    private static final Logger LOG = Logger.getLogger(AdminUsersResource.class);
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    WebUsers users;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageLanguage page;

    /** One account as the list shows it. */
    public record Row(String username, String displayName, boolean admin, boolean sso, String created, boolean self) {
    }

    /** A password to show once. */
    public record Secret(String username, String password) {
    }

    /** What the add form holds, to fill it again after a refusal. */
    public record Form(String username, String displayName, boolean admin) {
        static final Form EMPTY = new Form("", "", false);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<Row> users, String notice, String error, Secret secret, Form form);
    }

    @GET
    public Response list() {
        return page(200, null, null, null, Form.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("admin") boolean admin, @FormParam("password") String password) {
        Form form = new Form(clip(username), clip(displayName), admin);
        boolean generated = password == null || password.isEmpty();
        String initial = generated ? io.warroom.webapp.GeneratedPasswords.next() : password;
        WebUser user;
        try {
            user = users.create(username, displayName, initial, admin);
        } catch (WebUsers.AccountException e) {
            return refused(e, form);
        }
        LOG.infof("%s added user %s as %s with a %s password", currentUser.username(), user.username,
                admin ? "admin" : "member", generated ? "generated" : "typed");
        return page(200, messages().added(user.username), null,
                generated ? new Secret(user.username, initial) : null, Form.EMPTY);
    }

    @POST
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username) {
        String password;
        try {
            password = users.resetPassword(username);
        } catch (WebUsers.AccountException e) {
            return refused(e, Form.EMPTY);
        }
        LOG.infof("%s reset the password of %s and ended their sessions", currentUser.username(), username);
        return page(200, messages().reset(username), null, new Secret(username, password), Form.EMPTY);
    }

    @POST
    @Path("{username}/admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setAdmin(@PathParam("username") String username, @FormParam("admin") boolean admin) {
        WebUser user;
        try {
            user = users.setAdmin(username, admin);
        } catch (WebUsers.AccountException e) {
            return refused(e, Form.EMPTY);
        }
        LOG.infof("%s made %s %s", currentUser.username(), user.username, admin ? "an admin" : "a member");
        return page(200, admin ? messages().nowAdmin(user.username) : messages().nowMember(user.username), null, null,
                Form.EMPTY);
    }

    @POST
    @Path("{username}/delete")
    public Response delete(@PathParam("username") String username) {
        WebUser user;
        try {
            user = users.delete(currentUser.username(), username);
        } catch (WebUsers.AccountException e) {
            return refused(e, Form.EMPTY);
        }
        LOG.infof("%s deleted user %s", currentUser.username(), user.username);
        return page(200, messages().deleted(user.username), null, null, Form.EMPTY);
    }

    private Response refused(WebUsers.AccountException e, Form form) {
        String subject = clip(e.subject());
        String error = switch (e.reason()) {
            case "taken" -> messages().taken(subject);
            case "username" -> messages().invalidName();
            case "displayName" -> messages().invalidDisplayName();
            case "passwordShort", "passwordLong" -> messages().passwordRules(WebUsers.PASSWORD_MIN,
                    WebUsers.PASSWORD_MAX_BYTES);
            case "unknown" -> messages().unknown(subject);
            case "lastAdmin" -> messages().lastAdmin(subject);
            case "self" -> messages().self();
            case "ssoAccount" -> messages().ssoAccount(subject);
            default -> e.reason();
        };
        int status = switch (e.reason()) {
            case "unknown" -> 404;
            case "taken", "lastAdmin", "self", "ssoAccount" -> 409;
            default -> 422;
        };
        return page(status, null, error, null, form);
    }

    private Response page(int status, String notice, String error, Secret secret, Form form) {
        String me = currentUser.username();
        List<Row> rows = users.all().stream().map(u -> new Row(u.username, u.displayName, u.admin,
                u.passwordHash == null, CREATED.format(u.createdAt), u.username.equals(me))).toList();
        // A page with a password on it is neither cached nor kept in history by the browser.
        return Response.status(status).entity(Templates.users(rows, notice, error, secret, form))
                .header("Cache-Control", "no-store").build();
    }

    /** Echoes only what fits the form: a hostile value is not repeated in full. */
    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    /** The page's texts in its language. */
    private AdminMessages messages() {
        return page.texts(AdminMessages.class);
    }
}
