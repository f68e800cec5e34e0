package io.warroom.alert.intake;

import io.warroom.alert.AlertsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Amazon SNS signing certificates, fetched only from URLs that match the configured pattern (Amazon's SNS hosts by
 * default) and cached by URL; also confirms subscriptions at SubscribeURLs that match their own pattern.
 */
@ApplicationScoped
public class SnsCertificates {

    static final String DEFAULT_CERT_URL = "https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/"
            + "SimpleNotificationService-[A-Za-z0-9]+\\.pem";
    static final String DEFAULT_SUBSCRIBE_URL = "https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/\\?.*";

    private final Map<String, X509Certificate> cache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    AlertsConfig config;

    public X509Certificate certificate(String url) {
        if (!Pattern.matches(config.sns().certUrlPattern().orElse(DEFAULT_CERT_URL), url)) {
            throw IntakeException.unauthorized("SigningCertURL " + url + " is not an allowed Amazon SNS certificate "
                    + "URL (WARROOM_ALERTS_SNS_CERT_URL_PATTERN).");
        }
        X509Certificate cached = cache.get(url);
        if (cached != null) {
            return cached;
        }
        X509Certificate fetched = fetch(url);
        cache.put(url, fetched);
        return fetched;
    }

    /** Confirms a subscription by fetching its SubscribeURL, as SNS asks. */
    public void confirm(String subscribeUrl) {
        requireSubscribeUrl(subscribeUrl);
        HttpResponse<String> response = get(subscribeUrl, "confirm the subscription");
        if (response.statusCode() / 100 != 2) {
            throw new IntakeException(502, "SubscribeURL", "Amazon SNS answered HTTP " + response.statusCode()
                    + " when asked to confirm the subscription.");
        }
    }

    /** Refuses a SubscribeURL outside the configured pattern before anything is stored. */
    public void requireSubscribeUrl(String subscribeUrl) {
        if (!Pattern.matches(config.sns().subscribeUrlPattern().orElse(DEFAULT_SUBSCRIBE_URL), subscribeUrl)) {
            throw IntakeException.invalid("SubscribeURL", "SubscribeURL " + subscribeUrl + " is not an allowed Amazon "
                    + "SNS URL (WARROOM_ALERTS_SNS_SUBSCRIBE_URL_PATTERN); not confirming.");
        }
    }

    private X509Certificate fetch(String url) {
        HttpResponse<String> response = get(url, "fetch the signing certificate");
        if (response.statusCode() != 200) {
            throw new IntakeException(502, "SigningCertURL", "Could not fetch the SNS signing certificate: HTTP "
                    + response.statusCode() + ".");
        }
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(response.body().getBytes(
                            java.nio.charset.StandardCharsets.US_ASCII)));
            certificate.checkValidity();
            return certificate;
        } catch (CertificateException e) {
            throw IntakeException.unauthorized("The SNS signing certificate at " + url + " is not a valid, current "
                    + "X.509 certificate: " + e.getMessage());
        }
    }

    private HttpResponse<String> get(String url, String what) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IntakeException(502, null, "Could not reach Amazon SNS to " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeException(502, null, "Interrupted while trying to " + what + ".");
        }
    }
}
