package io.warroom.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.warroom.support.WebSession;
import io.warroom.support.oidc.FakeOidcResource;
import io.warroom.support.oidc.SsoBehindProxyProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Single sign-on through the authorization code flow, against an OpenID Connect provider on loopback. */
@QuarkusTest
@TestProfile(SsoBehindProxyProfile.class)
class SingleSignOnTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    WebUsers users;

    /** A browser: follows redirects across Warroom and the provider, keeps each site's cookies. */
    private record Browser(HttpClient client, CookieManager cookies) {
        static Browser open() {
            CookieManager cookies = new CookieManager();
            return new Browser(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(cookies).build(), cookies);
        }

        /** Follows up to ten redirects (the JDK client stops at five, and the code flow takes five). */
        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = client.send(HttpRequest.newBuilder(next).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            return response;
        }

        List<HttpCookie> cookiesNamed(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList();
        }
    }

    private HttpResponse<String> signIn(Browser browser, Map<String, Object> user, String next) throws Exception {
        FakeOidcResource.provider.nextUser(user);
        String login = browser.get(root.toURI().resolve("/login?next=" + next)).body();
        assertTrue(login.contains("Sign in with Fake IdP"), login);
        String start = login.replaceAll("(?s).*id=\"sso\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        return browser.get(root.toURI().resolve(start));
    }

    @Test
    void aProviderUserGetsAMemberAccountAndAnOrdinaryWarroomSession() throws Exception {
        Browser browser = Browser.open();
        HttpResponse<String> page = signIn(browser, Map.of("sub", "sub-ana", "preferred_username", "Ana.Kim",
                "email", "ana@example.com", "email_verified", true, "name", "Ana Kim"), "/account");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("/account", page.uri().getPath());
        assertTrue(page.body().contains("Signed in as Ana Kim"), page.body());

        WebUser ana = users.find("ana.kim").orElseThrow();
        assertEquals("sub-ana", ana.ssoSubject);
        assertNull(ana.passwordHash, "no password: the account signs in only through the provider");
        assertFalse(ana.admin);
        assertEquals(1, browser.cookiesNamed("warroom_session").size());
        assertTrue(browser.cookiesNamed("q_session").stream().allMatch(c -> c.getValue().isEmpty()),
                "the provider's session cookie is dropped: " + browser.cookiesNamed("q_session"));
        assertFalse(FakeOidcResource.provider.tokenRequests().isEmpty());
        Response reset = WebSession.login("admin", WebSession.ADMIN_PASSWORD).post("/admin/users/ana.kim/password",
                Map.of());
        assertEquals(409, reset.statusCode(), "no password to reset: " + reset.asString());

        // A second sign-in finds the same account, bound by subject, with the provider's current name.
        Browser again = Browser.open();
        signIn(again, Map.of("sub", "sub-ana", "preferred_username", "ana.kim", "email", "ana@example.com",
                "name", "Ana Kim-Lee"), "/account");
        assertEquals("Ana Kim-Lee", users.find("ana.kim").orElseThrow().displayName);
    }

    @Test
    void membersOfTheAdminGroupAreAdmins() throws Exception {
        Browser browser = Browser.open();
        HttpResponse<String> page = signIn(browser, Map.of("sub", "sub-olu", "preferred_username", "olu",
                "email", "olu@example.com", "name", "Olu", "groups", List.of("staff", "warroom-admins")),
                "/admin/users");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("single sign-on"), page.body());
        assertTrue(users.find("olu").orElseThrow().admin);
    }

    @Test
    void aTokenWithoutUserNameUsesTheEmailAddressAsGoogleSends() throws Exception {
        HttpResponse<String> page = signIn(Browser.open(), Map.of("sub", "1093847561", "email",
                "grace@example.com", "email_verified", true, "name", "Grace", "hd", "example.com"), "/account");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("1093847561", users.find("grace@example.com").orElseThrow().ssoSubject);
    }

    @Test
    void aProviderUserNamedLikeALocalAccountDoesNotTakeItOver() throws Exception {
        Browser browser = Browser.open();
        HttpResponse<String> page = signIn(browser, Map.of("sub", "sub-mallory", "preferred_username", "admin",
                "email", "mallory@example.com", "name", "Mallory", "groups", List.of("warroom-admins")), "/account");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("already used by another Warroom account"), page.body());
        assertTrue(browser.cookiesNamed("warroom_session").isEmpty());
        assertNull(users.find("admin").orElseThrow().ssoSubject);
    }

    @Test
    void addressesOutsideTheAllowedDomainsAreRefused() throws Exception {
        Browser browser = Browser.open();
        HttpResponse<String> page = signIn(browser, Map.of("sub", "sub-eve", "preferred_username", "eve",
                "email", "eve@elsewhere.test", "name", "Eve"), "/account");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("not in a domain allowed"), page.body());
        assertTrue(users.find("eve").isEmpty());
        assertTrue(browser.cookiesNamed("warroom_session").isEmpty());

        HttpResponse<String> unverified = signIn(Browser.open(), Map.of("sub", "sub-ivy", "preferred_username", "ivy",
                "email", "ivy@example.com", "email_verified", false, "name", "Ivy"), "/account");
        assertEquals(403, unverified.statusCode(), "an address the provider has not verified proves no domain");
        assertTrue(users.find("ivy").isEmpty());
    }

    @Test
    void localPasswordsStillWork() {
        assertTrue(WebSession.login("admin", WebSession.ADMIN_PASSWORD).html("/account").contains("Signed in as"));
    }

    @Test
    void behindTheTlsProxyCookiesAreSecure() {
        Response form = WebSession.anonymous().header("X-Forwarded-Proto", "https").get("/login");
        String setCookie = form.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("warroom_login_csrf=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
    }
}
