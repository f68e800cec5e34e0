package io.warroom.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Counts the bytes of a REST API body before it is parsed: a chunked body declares no Content-Length, so the check
 * in {@link BodyLimits} alone would let it through.
 */
@Provider
@ApiToken
public class ApiBodyLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        BodyLimits.Limit limit = BodyLimits.api();
        byte[] body = BodyLimits.readAtMost(context.getInputStream(), limit.bytes());
        if (body == null) {
            throw new WebApplicationException(BodyLimits.tooLarge("/api/incidents", -1, limit));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
