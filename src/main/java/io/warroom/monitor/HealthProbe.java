package io.warroom.monitor;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends one health-check request and says, in words an on-call understands, whether the answer was healthy. */
@ApplicationScoped
public class HealthProbe {

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** The outcome of one check: healthy or not, and what happened ({@code answered HTTP 503 after 42 ms}). */
    public record Result(boolean healthy, String summary) {
    }

    // Redirects are answers in their own right: a monitor accepts 3xx explicitly when it expects one.
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30)).build();

    private final Function<String, String> env = System::getenv;

    public CompletableFuture<Result> check(Monitor monitor) {
        return check(monitor, Language.EN);
    }

    /** Probes the monitor's URL; the result's summary is in the language given. */
    public CompletableFuture<Result> check(Monitor monitor, Language language) {
        MonitorMessages texts = Bundles.in(MonitorMessages.class, language);
        HttpRequest request;
        try {
            request = request(monitor);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Result(false, texts.cannotSend(e.getMessage())));
        }
        long started = System.nanoTime();
        // The request timeout covers waiting for the answer; the outer one also covers connecting and the body.
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(monitor.timeout().toMillis() + 500, TimeUnit.MILLISECONDS)
                .handle((response, error) -> {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    if (error != null) {
                        return new Result(false, failure(texts, language, error, monitor.timeout()));
                    }
                    int status = response.statusCode();
                    if (monitor.accept().accepts(status)) {
                        return new Result(true, texts.answered(status, ms));
                    }
                    return new Result(false, texts.answeredUnaccepted(status, ms, monitor.accept().toString()));
                });
    }

    /** The URL as shown in alerts: without query or user info, which may hold credentials. */
    public static String shown(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath());
    }

    private HttpRequest request(Monitor monitor) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(monitor.url()).timeout(monitor.timeout())
                .method(monitor.method(), HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "Warroom-HealthCheck/1 (" + monitor.name() + ")");
        monitor.headers().forEach((name, value) -> builder.setHeader(name, withEnvironment(value)));
        return builder.build();
    }

    private String withEnvironment(String value) {
        Matcher m = ENV_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = env.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(found == null ? "" : found));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String failure(MonitorMessages texts, Language language, Throwable error, Duration timeout) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return texts.noAnswer(timeout.toMillis() % 1000 == 0
                    ? HealthAlerts.duration(timeout, language) : timeout.toMillis() + " ms");
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return texts.unresolved();
            }
        }
        if (cause instanceof ConnectException) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            return message.contains("refused") || message.isEmpty() ? texts.refused()
                    : texts.cannotConnect(cause.getMessage());
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return texts.failed(message);
    }
}
