package io.warroom.webapp;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a session cookie, to be looked up. */
final class SessionCredential extends BaseAuthenticationRequest {

    final String token;

    SessionCredential(String token) {
        this.token = token;
    }
}
