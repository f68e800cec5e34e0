package io.warroom.browser;

import org.eclipse.microprofile.config.ConfigProvider;

/** The address of the app a {@code @QuarkusTest} started: the random port Quarkus picked for quarkus.http.test-port=0. */
final class RunningApp {

    private RunningApp() {
    }

    static String url() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        if (port <= 0) {
            throw new IllegalStateException("the test app has no port yet (quarkus.http.test-port=" + port + ")");
        }
        return "http://127.0.0.1:" + port;
    }
}
