package io.warroom.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void masksTheValuesTakenFromTheEnvironment() {
        SecretMask mask = new SecretMask(Set.of("s3cr3t-value-42", "ab"));
        assertEquals("using •••• for ab", mask.apply("using s3cr3t-value-42 for ab"));
    }

    @Test
    void masksWhatLooksLikeACredential() {
        SecretMask mask = new SecretMask(Set.of());
        assertEquals("Authorization: Bearer ••••", mask.apply("Authorization: Bearer eyJhbGciOi.xyz"));
        assertEquals("curl -H 'authorization: ••••'", mask.apply("curl -H 'authorization: hunter22'"));
        assertEquals("{\"token\": \"••••\", \"ok\": true}", mask.apply("{\"token\": \"tok_123456\", \"ok\": true}"));
        assertEquals("password=•••• user=bo", mask.apply("password=hunter22 user=bo"));
        assertEquals("API_KEY: ••••", mask.apply("API_KEY: 0123456789abcdef"));
        assertEquals("deployment rolled back to revision 41", mask.apply("deployment rolled back to revision 41"));
    }
}
