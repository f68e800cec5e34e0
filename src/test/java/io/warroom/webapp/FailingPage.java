package io.warroom.webapp;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page with a bug, in test code only: what a user sees when a page fails. */
@Path("/test-only/failing-page")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FailingPage {

    @GET
    public String fail() {
        throw new IllegalStateException("a bug in a page");
    }
}
