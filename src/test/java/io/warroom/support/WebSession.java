package io.warroom.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session with the web app, over plain HTTP: its cookie, and the CSRF token its pages carry. */
public final class WebSession {

    /** The admin's password in the test profile (warroom.web.admin-password). */
    public static final String ADMIN_PASSWORD = "test-admin-password";
    /** What a browser asks for when it submits a form. */
    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    private final String cookie;
    private final String csrf;

    private WebSession(String cookie, String csrf) {
        this.cookie = cookie;
        this.csrf = csrf;
    }

    /** Logs in through the login form, as a browser does, and fails the test if that does not work. */
    public static WebSession login(String username, String password) {
        Response form = anonymous().get("/login");
        assertEquals(200, form.statusCode(), "GET /login");
        Response login = anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                .formParams(Map.of("username", username, "password", password,
                        "_csrf", csrfOf(form.asString()), "next", "/"))
                .post("/login");
        assertEquals(303, login.statusCode(), "POST /login as " + username + ": " + login.asString());
        String cookie = login.cookie("warroom_session");
        return new WebSession(cookie, csrfOf(new WebSession(cookie, null).html("/account")));
    }

    /** A request with no session, no redirects followed. */
    public static RequestSpecification anonymous() {
        return given().config(NO_REDIRECTS);
    }

    public RequestSpecification request() {
        return anonymous().cookie("warroom_session", cookie);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** GETs a page, checks it answered 200 and returns its HTML. */
    public String html(String path) {
        Response response = get(path);
        assertEquals(200, response.statusCode(), "GET " + path + ": " + response.asString());
        return response.asString();
    }

    /** Posts a form as the page would, with this session's CSRF token and a browser's Accept header. */
    public Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        return request().accept(BROWSER_ACCEPT).formParams(fields).post(path);
    }

    public String csrf() {
        return csrf;
    }

    public String cookie() {
        return cookie;
    }

    public static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page: " + html);
        }
        return m.group(1);
    }
}
