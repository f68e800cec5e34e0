package io.warroom.slack;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request to {@code /slack/events} whose Content-Length is over the limit before its body is read (the
 * global limit is 12 MiB, for access-log uploads). A body sent without a length is measured once read, by
 * {@link SlackGate}.
 */
@ApplicationScoped
class SlackBodyLimit {

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/slack/events").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared = parse(length);
            if (declared > SlackGate.MAX_BODY_BYTES) {
                SlackGate.logTooLarge(declared, String.valueOf(ctx.request().remoteAddress()));
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(new JsonObject().put("error", SlackGate.TOO_LARGE).encode());
                return;
            }
            ctx.next();
        });
    }

    private static long parse(String length) {
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
