package io.warroom.support.slack;

import io.warroom.support.FakeHttp;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Slack's {@code response_url} on loopback, fresh for each test ({@code @RegisterExtension}): it answers 200 "ok" as
 * Slack does and keeps what Warroom posted there.
 */
public final class ResponseUrl implements BeforeEachCallback, AfterEachCallback {

    private FakeHttp http;

    @Override
    public void beforeEach(ExtensionContext context) {
        http = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        http.close();
    }

    /** A response_url to put in a payload; the path tells one answer from another. */
    public String url(String path) {
        return http.url(path);
    }

    public List<FakeHttp.Request> requests(Predicate<FakeHttp.Request> matching) {
        return http.requests(matching);
    }

    /** Waits until n answers match: Warroom posts some of them after its acknowledgement. */
    public List<FakeHttp.Request> await(Predicate<FakeHttp.Request> matching, int n, Duration timeout) {
        return http.await(matching, n, timeout);
    }
}
