package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Checklist item ids from a sequence that hands out 50 at a time, so the 18 items an incident opens with go to the
 * database in one batch instead of one round trip each (identity ids are only known after each insert). In Java
 * because the sequence must start past the ids already used, and H2 and PostgreSQL set a sequence from a query in
 * different ways; a literal works on both. Hibernate's pooled-lo optimizer (Quarkus's default) uses the value the
 * sequence returns and the 49 after it, so the sequence starts right after the highest id.
 */
public class V29__Checklist_item_ids extends BaseJavaMigration {

    /** The same as ChecklistItem's allocation size. */
    static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long highest;
            try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM checklist_item")) {
                max.next();
                highest = max.getLong(1);
            }
            statement.execute("CREATE SEQUENCE checklist_item_id START WITH " + (highest + 1) + " INCREMENT BY "
                    + BLOCK);
        }
    }
}
