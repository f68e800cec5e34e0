package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

/**
 * JDA and the Slack SDK share one OkHttp: JDA's okhttp-jvm 5 (the Slack artifacts' OkHttp 4 is excluded in the pom).
 * The Discord tests drive JDA's REST calls through it; this keeps a second copy from sneaking back in.
 */
class SingleOkHttpTest {

    @Test
    void exactlyOneOkHttpIsOnTheClasspathAndItIsVersion5() throws Exception {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
        assertEquals(1, copies.size(), "OkHttp copies: " + copies);
        assertTrue(copies.get(0).toString().contains("okhttp-jvm-5."), copies.get(0).toString());
        assertTrue(OkHttp.VERSION.startsWith("5."), OkHttp.VERSION);
    }
}
