package io.warroom.chat.contract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What waits in the outbox for a platform, read from its table as an operator would. */
final class Queued {

    private Queued() {
    }

    static long forPlatform(DataSource db, String platform) {
        try (Connection connection = db.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_message where platform = ?")) {
            count.setString(1, platform.toUpperCase());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("could not read the outbox", e);
        }
    }
}
