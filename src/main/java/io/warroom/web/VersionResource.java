package io.warroom.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which Warroom answers; also the cheapest authenticated call, which the benchmark compares commands against. */
@Path("/api/version")
@ApiToken
@Tag(name = "Meta")
public class VersionResource {

    @Inject
    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String version;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Warroom's version")
    public Map<String, String> version() {
        return Map.of("name", "warroom", "version", version);
    }
}
