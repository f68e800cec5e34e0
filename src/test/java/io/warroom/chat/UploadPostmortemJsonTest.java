package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.i18n.Language;
import org.junit.jupiter.api.Test;

/** Upload requests are stored in the outbox as JSON; rows written before the language existed still read. */
class UploadPostmortemJsonTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anUploadWrittenBeforeLanguagesUsesTheIncidentsLanguage() throws Exception {
        assertEquals(new Delivery.UploadPostmortem("ana", null), json.readValue(
                "{\"type\":\"UploadPostmortem\",\"requestedBy\":\"ana\"}", Delivery.class));
    }

    @Test
    void anUploadKeepsItsLanguage() throws Exception {
        Delivery upload = new Delivery.UploadPostmortem("ana", Language.KO);
        assertEquals(upload, json.readValue(json.writeValueAsString(upload), Delivery.class));
    }
}
