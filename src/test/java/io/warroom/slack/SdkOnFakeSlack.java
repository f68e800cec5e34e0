package io.warroom.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import io.warroom.support.slack.FakeSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The Slack SDK configured as Warroom configures it, against a fresh fake Web API per test, without Quarkus. */
abstract class SdkOnFakeSlack {

    FakeSlack fake;
    Slack slack;
    MethodsClient methods;

    @BeforeEach
    void startFakeSlack() {
        fake = FakeSlack.start();
        slack = Slack.getInstance(SlackClient.sdkConfig(fake.apiUrl()));
        methods = slack.methods(FakeSlack.TOKEN);
    }

    @AfterEach
    void stopFakeSlack() throws Exception {
        slack.close();
        fake.close();
    }
}
