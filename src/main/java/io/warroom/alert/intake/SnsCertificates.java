package io.warroom.alert.intake;

import io.warroom.alert.AlertsConfig;
import io.warroom.incident.Echo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Amazon SNS signing certificates, fetched only from URLs that match the configured pattern (Amazon's SNS hosts by
 * default) and cached by URL, each use checking it is current; also confirms subscriptions at SubscribeURLs that match their own pattern.
 */
@ApplicationScoped
public class SnsCertificates {

    /**
     * Amazon's regional SNS hosts only: sns.&lt;region&gt;.amazonaws.com and, in China, sns.cn-&lt;...&gt;.amazonaws.com.cn.
     * A region has the shape eu-west-1 or us-gov-west-1, so S3 bucket hosts such as sns.s3.amazonaws.com (anyone
     * can create a bucket and serve a certificate from it) do not match.
     */
    static final String SNS_HOST = "sns\\.([a-z]{2}(-gov)?-[a-z]+-[0-9]+\\.amazonaws\\.com"
            + "|cn-[a-z]+-[0-9]+\\.amazonaws\\.com\\.cn)";
    static final String DEFAULT_CERT_URL = "https://" + SNS_HOST + "/SimpleNotificationService-[A-Za-z0-9]+\\.pem";
    static final String DEFAULT_SUBSCRIBE_URL = "https://" + SNS_HOST + "/\\?Action=ConfirmSubscription&[^#\\s]*";
    /** Amazon signs with a handful of certificates at a time; more distinct URLs than this are not worth keeping. */
    private static final int CACHE_MAX = 32;

    private final Map<String, X509Certificate> cache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    AlertsConfig config;

    @Inject
    Clock clock;

    /** The certificate at url, current by the clock: a cached one past its notAfter is fetched again. */
    public X509Certificate certificate(String url) {
        requireCertificateUrl(url);
        X509Certificate cached = cache.get(url);
        if (cached != null) {
            if (current(cached)) {
                return cached;
            }
            cache.remove(url);
        }
        X509Certificate fetched = fetch(url);
        if (!current(fetched)) {
            throw IntakeException.unauthorized("The SNS signing certificate at " + Echo.of(url) + " is not valid now "
                    + "(valid " + fetched.getNotBefore().toInstant() + " to " + fetched.getNotAfter().toInstant()
                    + ").");
        }
        if (cache.size() >= CACHE_MAX) {
            cache.clear();
        }
        cache.put(url, fetched);
        return fetched;
    }

    /** Refuses a SigningCertURL outside the configured pattern, before anything is fetched. */
    public void requireCertificateUrl(String url) {
        if (!allowedCertificateUrl(config.sns().certUrlPattern().orElse(DEFAULT_CERT_URL), url)) {
            throw IntakeException.unauthorized("SigningCertURL " + Echo.of(url) + " is not an allowed Amazon SNS "
                    + "certificate URL (WARROOM_ALERTS_SNS_CERT_URL_PATTERN).");
        }
    }

    static boolean allowedCertificateUrl(String pattern, String url) {
        return Pattern.matches(pattern, url);
    }

    static boolean allowedSubscribeUrl(String pattern, String url) {
        return Pattern.matches(pattern, url);
    }

    private boolean current(X509Certificate certificate) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
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
        if (!allowedSubscribeUrl(config.sns().subscribeUrlPattern().orElse(DEFAULT_SUBSCRIBE_URL), subscribeUrl)) {
            throw IntakeException.invalid("SubscribeURL", "SubscribeURL " + Echo.of(subscribeUrl) + " is not an allowed Amazon "
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
            return certificate;
        } catch (CertificateException | ClassCastException e) {
            throw IntakeException.unauthorized("The SNS signing certificate at " + Echo.of(url) + " is not an X.509 "
                    + "certificate.");
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
