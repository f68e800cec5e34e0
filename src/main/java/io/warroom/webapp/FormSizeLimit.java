package io.warroom.webapp;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a web app form bigger than warroom.web.max-form-size before it is read or parsed (the HTTP layer's own limit
 * is sized for the API's log uploads). A body without Content-Length is still held to the HTTP layer's per-field
 * limit for forms.
 */
public class FormSizeLimit {

    /** Looked up per request: filters are made before the runtime configuration exists. */
    @Inject
    Instance<WebConfig> config;

    @Inject
    PageLanguage page;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) || !ErrorPages.isPage(request, null)) {
            return Optional.empty();
        }
        long length = request.getLength();
        if (length > config.get().maxFormSize().asLongValue()) {
            return Optional.of(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(messages().tooLarge())
                    .header("Connection", "close").build());
        }
        return Optional.empty();
    }

    /** The page's texts in its language. */
    private AppMessages messages() {
        return page.texts(AppMessages.class);
    }
}
