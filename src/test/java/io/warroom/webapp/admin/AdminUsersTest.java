package io.warroom.webapp.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.warroom.support.CapturedLog;
import io.warroom.support.WebSession;
import io.warroom.webapp.WebUser;
import io.warroom.webapp.WebUsers;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminUsersTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret-password\">([^<]+)<");

    @Inject
    WebUsers users;

    private static WebSession admin() {
        return WebSession.login("admin", WebSession.ADMIN_PASSWORD);
    }

    private static String secretOf(Response page) {
        Matcher m = SECRET.matcher(page.asString());
        assertTrue(m.find(), page.asString());
        return m.group(1);
    }

    @Test
    void adminAddsAUserWithAGeneratedPasswordThatIsShownOnceAndWorks() {
        WebSession admin = admin();
        Response added = admin.post("/admin/users", Map.of("username", "Gen-User", "displayName", "Gen User",
                "password", ""));
        assertEquals(200, added.statusCode(), added.asString());
        assertEquals("no-store", added.header("Cache-Control"));
        String password = secretOf(added);
        assertTrue(added.asString().contains("User gen-user added."));

        String list = admin.html("/admin/users");
        assertFalse(list.contains(password), "the password is shown only on the page answering the form");
        Document page = Jsoup.parse(list);
        assertEquals("Gen User", page.select("#user-gen-user td").get(1).text());
        assertTrue(page.select("#user-gen-user").text().contains("password"));
        assertTrue(WebSession.login("gen-user", password).html("/account").contains("Signed in as Gen User"));
    }

    @Test
    void adminAddsAnAdminWithATypedPassword() {
        Response added = admin().post("/admin/users", Map.of("username", "typed-admin", "displayName", "",
                "admin", "true", "password", "typed-password-1"));
        assertEquals(200, added.statusCode(), added.asString());
        assertFalse(added.asString().contains("secret-password"), "a typed password is not echoed");
        assertTrue(users.find("typed-admin").orElseThrow().admin);
        assertTrue(WebSession.login("typed-admin", "typed-password-1").html("/admin/users").contains("typed-admin"));
    }

    @Test
    void takenInvalidNamesAndWeakPasswordsAreExplainedAndChangeNothing() {
        WebSession admin = admin();
        long before = users.count();
        Response taken = admin.post("/admin/users", Map.of("username", "ADMIN", "password", "some-password-1"));
        assertEquals(409, taken.statusCode());
        assertTrue(taken.asString().contains("The user name admin is taken."), taken.asString());

        Response invalid = admin.post("/admin/users", Map.of("username", "<b>bad name</b>", "password", ""));
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.asString().contains("A user name has 1 to 64 characters"));
        assertFalse(invalid.asString().contains("<b>bad name</b>"), "the echo is escaped");
        assertTrue(invalid.asString().contains("&lt;b&gt;bad name&lt;/b&gt;"), "the form is filled again");

        Response weak = admin.post("/admin/users", Map.of("username", "weakling", "password", "short"));
        assertEquals(422, weak.statusCode());
        assertTrue(weak.asString().contains("10 to 72 characters"));
        assertEquals(before, users.count());
    }

    @Test
    void resetPasswordShowsTheNewOneOnceAndEndsTheUsersSessions() {
        users.create("forgetful", "Forgetful", "forgotten-pass-1", false);
        WebSession forgetful = WebSession.login("forgetful", "forgotten-pass-1");
        Response reset = admin().post("/admin/users/forgetful/password", Map.of());
        assertEquals(200, reset.statusCode(), reset.asString());
        String password = secretOf(reset);
        assertEquals(303, forgetful.get("/account").statusCode(), "the old session ended");
        assertTrue(users.authenticate("forgetful", "forgotten-pass-1").isEmpty());
        WebSession.login("forgetful", password);
    }

    @Test
    void adminMakesAndUnmakesAdminsAndTheNewRightsApplyAtOnce() {
        users.create("promoted", "Promoted", "promoted-pass-1", false);
        WebSession promoted = WebSession.login("promoted", "promoted-pass-1");
        assertEquals(403, promoted.get("/admin/users").statusCode());
        WebSession admin = admin();
        admin.post("/admin/users/promoted/admin", Map.of("admin", "true")).then().statusCode(200);
        assertEquals(200, promoted.get("/admin/users").statusCode());
        admin.post("/admin/users/promoted/admin", Map.of("admin", "false")).then().statusCode(200);
        assertEquals(403, promoted.get("/admin/users").statusCode());
    }

    @Test
    void theLastAdminCannotBeDemotedOrDeletedAndNobodyDeletesThemselves() {
        users.create("last-admin", "Last", "last-admin-pass-1", true);
        WebSession last = WebSession.login("last-admin", "last-admin-pass-1");
        List<String> others = users.all().stream().filter(u -> u.admin && !u.username.equals("last-admin"))
                .map(u -> u.username).toList();
        try {
            others.forEach(name -> users.setAdmin(name, false));
            Response demote = last.post("/admin/users/last-admin/admin", Map.of("admin", "false"));
            assertEquals(409, demote.statusCode());
            assertTrue(demote.asString().contains("last-admin is the last administrator"), demote.asString());
            Response delete = last.post("/admin/users/last-admin/delete", Map.of());
            assertEquals(409, delete.statusCode());
            assertTrue(delete.asString().contains("You cannot delete your own account."));
            assertTrue(users.find("last-admin").orElseThrow().admin);
        } finally {
            others.forEach(name -> users.setAdmin(name, true));
        }
    }

    @Test
    void deletingAUserEndsTheirSessionsAndTheirCookieOpensNothing() {
        users.create("leaver", "Leaver", "leaver-password-1", false);
        WebSession leaver = WebSession.login("leaver", "leaver-password-1");
        admin().post("/admin/users/leaver/delete", Map.of()).then().statusCode(200);
        assertTrue(users.find("leaver").isEmpty());
        assertEquals(303, leaver.get("/account").statusCode());
        assertEquals(404, admin().post("/admin/users/leaver/delete", Map.of()).statusCode());
    }

    @Test
    void membersAreRefusedEveryAdminActionWithAnErrorPage() {
        users.create("member-m", "Member", "member-password-1", false);
        users.create("target-t", "Target", "target-password-1", false);
        WebSession member = WebSession.login("member-m", "member-password-1");
        Response list = member.get("/admin/users");
        assertEquals(403, list.statusCode());
        assertTrue(list.contentType().startsWith("text/html"), list.contentType());
        assertTrue(list.asString().contains("Not allowed") && list.asString().contains("Signed in as Member"));
        assertFalse(list.asString().contains("target-t"));
        for (String path : List.of("/admin/users", "/admin/users/target-t/password", "/admin/users/member-m/admin",
                "/admin/users/target-t/delete")) {
            Response refused = member.post(path, Map.of("username", "sneaky", "admin", "true", "password", ""));
            assertEquals(403, refused.statusCode(), path);
        }
        WebUser target = users.find("target-t").orElseThrow();
        assertFalse(users.find("member-m").orElseThrow().admin);
        assertTrue(users.find("sneaky").isEmpty());
        assertTrue(users.authenticate("target-t", "target-password-1").isPresent());
        assertEquals("Target", target.displayName);
        assertEquals(303, WebSession.anonymous().get("/admin/users").statusCode(), "logged out: to the login page");
    }

    @Test
    void adminActionsAreFormsWithCsrfTokens() {
        WebSession admin = admin();
        admin.request().formParams(Map.of("username", "no-token", "password", "")).post("/admin/users")
                .then().statusCode(403);
        assertTrue(users.find("no-token").isEmpty());
        Document page = Jsoup.parse(admin.html("/admin/users"));
        page.select("form[method=post]").forEach(form -> assertEquals(1, form.select("input[name=_csrf]").size(),
                form.outerHtml()));
    }

    @Test
    void adminActionsAreLoggedWithWhoDidWhatButNoPassword() {
        try (CapturedLog log = CapturedLog.start()) {
            WebSession admin = admin();
            Response added = admin.post("/admin/users", Map.of("username", "logged-user", "password", ""));
            String password = secretOf(added);
            Response reset = admin.post("/admin/users/logged-user/password", Map.of());
            String second = secretOf(reset);
            admin.post("/admin/users/logged-user/delete", Map.of()).then().statusCode(200);
            String lines = String.join("\n", log.lines());
            assertTrue(lines.contains("admin added user logged-user as member with a generated password"), lines);
            assertTrue(lines.contains("admin reset the password of logged-user"), lines);
            assertTrue(lines.contains("admin deleted user logged-user"), lines);
            assertFalse(lines.contains(password) || lines.contains(second), "no password in the log");
        }
    }
}
