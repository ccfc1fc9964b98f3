package app.parley.ledger;

import app.parley.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every ledger table, as text in a stable order: to show a store did not change. */
public final class StoreDump {
    private static final List<String> TABLES = List.of("ledger_imports", "ledger_accounts", "ledger_phones",
            "ledger_invoices", "ledger_payments", "ledger_credits", "ledger_promises", "ledger_disputes");

    private StoreDump() {
    }

    /** The embedded store of the data folder {@code data}. */
    public static List<String> of(Path data) throws SQLException {
        return of(Database.embedded(data));
    }

    public static List<String> of(Database database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= columns; i++) {
                            row.append(' ').append(result.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
