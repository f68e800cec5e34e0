package io.warroom.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs an HTTP plan with the JDK client; success is a 2xx answer. Redirects are not followed. The answer's body,
 * error bodies included, is kept as output with secrets masked, as are the texts of errors.
 */
public final class HttpRunner {

    private static final int BODY_KEPT = 64 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int outputLines;
    private final int outputChars;

    public HttpRunner(int outputLines, int outputChars) {
        this.outputLines = outputLines;
        this.outputChars = outputChars;
    }

    public RunOutcome run(RunPlan.HttpPlan plan) {
        HttpRequest.Builder request = HttpRequest.newBuilder(plan.url()).timeout(plan.timeout());
        plan.headers().forEach(request::header);
        request.method(plan.method(), plan.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(plan.body(), StandardCharsets.UTF_8));
        SecretMask mask = new SecretMask(plan.secrets());
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            OutputTail tail = new OutputTail();
            try (InputStream body = response.body()) {
                byte[] kept = body.readNBytes(BODY_KEPT);
                tail.append(kept, kept.length);
            }
            int status = response.statusCode();
            String output = tail.lastLines(outputLines, outputChars, mask);
            return new RunOutcome(status >= 200 && status < 300, false, status, elapsed(started), output, 0, null);
        } catch (HttpTimeoutException e) {
            return new RunOutcome(false, true, null, elapsed(started), "", 0, null);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return RunOutcome.notStarted(mask.apply("request to " + plan.url().getHost() + " failed: " + why),
                    elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunOutcome.notStarted("interrupted: Warroom is shutting down", elapsed(started));
        }
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
