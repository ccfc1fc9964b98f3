package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.ledger.StoreDump;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ledger import} and {@code ledger facts} as a user runs them. One store holds the base
 * import; every rejected import is tried against it and must leave it exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private Path data;
    private List<String> stored;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path base() {
        try {
            return Path.of(LedgerCommandTest.class.getResource("/ledger/import/base").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void importTheBase() throws Exception {
        data = dir.resolve("data");
        Run imported = run("ledger", "import", base().toString(), "--data", data.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().startsWith("imported 10 rows from " + base() + " (accounts.csv 2, credits.csv 1, "
                + "disputes.csv 1, invoices.csv 3, payments.csv 2, promises.csv 1), touching 2 accounts, in "),
                imported.out());
        assertTrue(imported.out().strip().endsWith("; import 1"), imported.out());
        assertEquals("", imported.err(), "no progress for a small import");
        stored = StoreDump.of(data);
        assertTrue(stored.size() > 10, stored.toString());
    }

    @Test
    void factsByPhoneInAnyFormatAsJson() throws Exception {
        Run found = run("ledger", "facts", "--phone", "(555) 010-0101", "--as-of", "2026-03-15", "--json",
                "--data", data.toString());
        assertEquals(0, found.exit(), found.err());
        JsonNode json = JSON.readTree(found.out());
        assertEquals("+15550100101", json.get("phone").asText());
        JsonNode facts = json.get("accounts").get(0);
        assertEquals("B1", facts.get("account").get("id").asText());
        assertEquals("Quinn, \"Q\" Harper", facts.get("account").get("name").asText());
        // BI-1 500 - BP-1 200 = 300 (43 days past due); BI-2 250 - BC-1 50 = 200, in dispute.
        assertEquals("500.00", facts.get("balance").asText());
        assertEquals("200.00", facts.get("disputed").asText());
        assertEquals("300.00", facts.get("offers").get(0).get("base").asText());
        assertEquals("285.00", facts.get("offers").get(0).get("total").asText(), "5 % off at 43 days");
    }

    @Test
    void factsByAccountAsASummary() {
        Run found = run("ledger", "facts", "--account", "B2", "--as-of", "2026-03-15", "--data", data.toString());
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().startsWith("Account B2, Harbor Freight Co (USD), phones +15550100202\nAs of 2026-03-15\n"
                + "Balance 900.00   past due 900.00   disputed 0.00   unapplied 0.00\n"), found.out());
        assertTrue(found.out().contains("Promises: 0 kept, 0 broken, 1 open"), found.out());
        assertTrue(found.out().contains("payment BP-2 on 2026-02-20: 100.00 of 100.00"), found.out());
        // BI-3 is 29 days past due: band 1-30, nothing off offered, up to 5 % allowed.
        assertTrue(found.out().contains("1. Pay 900.00 USD by 2026-03-18 (0 % off 900.00); authority up to 5 % off: "
                + "855.00"), found.out());
        assertTrue(found.out().contains("2. 3 instalments, no interest: 300.00 on 2026-03-18, 300.00 on 2026-04-18, "
                + "300.00 on 2026-05-18"), found.out());
        assertTrue(found.out().contains("3. 12 monthly payments at 5 % a year from 2026-03-18"), found.out());
    }

    @Test
    void whatIsNotFoundOrNotValidExitsNonZeroWithTheReason() {
        Run account = run("ledger", "facts", "--account", "B9", "--data", data.toString());
        assertEquals(1, account.exit());
        assertEquals("parley ledger facts: no account B9", account.err().strip());
        Run phone = run("ledger", "facts", "--phone", "+1 555 010 9999", "--data", data.toString());
        assertEquals(1, phone.exit());
        assertEquals("parley ledger facts: no account has the phone +15550109999 (unknown caller)", phone.err().strip());
        Run badPhone = run("ledger", "facts", "--phone", "call me", "--data", data.toString());
        assertEquals(2, badPhone.exit());
        assertTrue(badPhone.err().startsWith("--phone: 'call me' is not a phone number"), badPhone.err());
        Run badDate = run("ledger", "facts", "--account", "B1", "--as-of", "15/03/2026", "--data", data.toString());
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().startsWith("--as-of must be a date YYYY-MM-DD, got '15/03/2026'"), badDate.err());
        Run both = run("ledger", "facts", "--account", "B1", "--phone", "5550100101", "--data", data.toString());
        assertEquals(2, both.exit());
    }

    /** A copy of the base import with one file replaced (null content: removed). */
    private Path variant(String name, String file, String content) throws Exception {
        Path copy = dir.resolve("bad").resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(base())) {
            for (Path source : files.toList()) {
                Files.copy(source, copy.resolve(source.getFileName()));
            }
        }
        if (content == null) {
            Files.delete(copy.resolve(file));
        } else {
            Files.writeString(copy.resolve(file), content);
        }
        return copy;
    }

    static Stream<Arguments> rejections() {
        String invoices = "account_id,invoice_id,issued_on,due_on,amount\n";
        String payments = "account_id,payment_id,received_on,amount,invoice_ref\n";
        String accounts = "account_id,name,phones,currency\n";
        return Stream.of(
                Arguments.of("malformed date", "invoices.csv", invoices + "B1,BI-1,2026-01-01,2026-01-31,500.00\n"
                        + "B1,BI-2,2026-02-30,2026-03-03,250.00\n",
                        "invoices.csv:3: field issued_on: '2026-02-30' is not a date YYYY-MM-DD"),
                Arguments.of("malformed amount", "payments.csv", payments + "B1,BP-1,2026-02-10,\"1,200.00\",BI-1\n",
                        "payments.csv:2: field amount: '1,200.00' is not an amount"),
                Arguments.of("negative amount", "credits.csv", "account_id,credit_id,issued_on,amount,invoice_ref\n"
                        + "B1,BC-1,2026-02-15,-50.00,BI-2\n",
                        "credits.csv:2: field amount: '-50.00' is negative; amounts are 0 or more"),
                Arguments.of("duplicate id in the import", "payments.csv", payments + "B1,BP-1,2026-02-10,200.00,BI-1\n"
                        + "B2,BP-2,2026-02-20,100.00,\nB1,BP-1,2026-02-11,5.00,\n",
                        "payments.csv:4: field payment_id: duplicate payment_id BP-1 (also on line 2)"),
                Arguments.of("unknown account", "invoices.csv", invoices + "B9,BI-9,2026-01-01,2026-01-31,5.00\n",
                        "invoices.csv:2: field account_id: no account B9 in accounts.csv or in the store"),
                Arguments.of("unknown invoice", "payments.csv", payments + "B1,BP-1,2026-02-10,200.00,BI-1\n"
                        + "B1,BP-7,2026-02-10,5.00,BI-99\n",
                        "payments.csv:3: field invoice_ref: no invoice BI-99 in invoices.csv or in the store"),
                Arguments.of("another account's invoice", "credits.csv",
                        "account_id,credit_id,issued_on,amount,invoice_ref\nB2,BC-2,2026-02-15,5.00,BI-1\n",
                        "credits.csv:2: field invoice_ref: invoice BI-1 belongs to account B1, not to B2"),
                Arguments.of("dispute of an unknown invoice", "disputes.csv",
                        "account_id,invoice_id,opened_on,reason,status\nB1,BI-77,2026-02-20,x,open\n",
                        "disputes.csv:2: field invoice_id: no invoice BI-77 in invoices.csv or in the store"),
                Arguments.of("missing column", "promises.csv", "account_id,promise_id,made_on,due_on\n"
                        + "B2,BR-1,2026-03-01,2026-03-20\n", "promises.csv:1: field amount: missing column"),
                Arguments.of("unknown column", "invoices.csv", "account_id,invoice_id,issued_on,due_on,amount_usd\n",
                        "invoices.csv:1: field amount_usd: unknown column"),
                Arguments.of("wrong status", "disputes.csv", "account_id,invoice_id,opened_on,reason,status\n"
                        + "B1,BI-2,2026-02-20,Charged twice,pending\n",
                        "disputes.csv:2: field status: 'pending' is not a dispute status (open or resolved)"),
                Arguments.of("no accounts.csv", "accounts.csv", null, "accounts.csv: missing: an import needs "
                        + "accounts.csv"),
                Arguments.of("wrong number of fields", "payments.csv", payments + "B1,BP-1,2026-02-10,200.00,BI-1\n"
                        + "B2,BP-2,2026-02-20,100.00\n", "payments.csv:3: has 4 fields where the header has 5"),
                Arguments.of("unclosed quote", "disputes.csv", "account_id,invoice_id,opened_on,reason,status\n"
                        + "B1,BI-2,2026-02-20,\"Charged twice,open\n",
                        "disputes.csv:2: a quoted field is not closed before the end of the file"),
                Arguments.of("bad phone", "accounts.csv", accounts + "B1,Quinn,call me,USD\n",
                        "accounts.csv:2: field phones: 'call me' is not a phone number"),
                Arguments.of("bad currency", "accounts.csv", accounts + "B1,Quinn,,USD\nB2,Harbor,,usd\n",
                        "accounts.csv:3: field currency: 'usd' is not a currency code"),
                Arguments.of("bad time zone", "accounts.csv", "account_id,name,phones,currency,time_zone\n"
                        + "B1,Quinn,,USD,America/Chicago\nB2,Harbor,,USD,Central Time\n",
                        "accounts.csv:3: field time_zone: 'Central Time' is not a time zone (an IANA name such as "
                        + "America/Chicago)"),
                Arguments.of("due before issued", "invoices.csv", invoices + "B1,BI-5,2026-01-31,2026-01-01,5.00\n",
                        "invoices.csv:2: field due_on: due 2026-01-01 before it was issued (2026-01-31)"),
                Arguments.of("record moved to another account", "invoices.csv", invoices
                        + "B2,BI-1,2026-01-01,2026-01-31,500.00\n", "invoices.csv:2: field account_id: invoice BI-1 "
                        + "belongs to account B1 in the store; a record cannot move to another account"),
                Arguments.of("empty id", "payments.csv", payments + "B1,,2026-02-10,200.00,BI-1\n",
                        "payments.csv:2: field payment_id: is empty; every payment needs one"),
                Arguments.of("unknown file", "payment.csv", payments, "payment.csv: not a ledger file"),
                Arguments.of("not UTF-8", "accounts.csv", null, "accounts.csv:3: not valid UTF-8 text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void aRejectedImportNamesFileLineAndFieldExitsNonZeroAndChangesNothing(String name, String file, String content,
            String expected) throws Exception {
        Path bad = variant(name.replace(' ', '-').replace("'", ""), file, content);
        if (name.equals("not UTF-8")) {
            Files.write(bad.resolve(file), (accounts() + "B2,Caf\u00e9 Ltd,,USD\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        Run rejected = run("ledger", "import", bad.toString(), "--data", data.toString());
        assertNotEquals(0, rejected.exit());
        assertTrue(rejected.err().startsWith("parley ledger import: import rejected, the store is unchanged ("),
                rejected.err());
        assertTrue(rejected.err().contains("\n  " + expected), "expected the problem\n  " + expected + "\nin\n"
                + rejected.err());
        assertEquals("", rejected.out());
        assertEquals(stored, StoreDump.of(data), "the store changed");
    }

    private static String accounts() {
        return "account_id,name,phones,currency\nB1,Quinn,,USD\n";
    }

    @Test
    void aLargeImportShowsProgressOnStandardError() throws Exception {
        Path large = dir.resolve("large");
        Files.createDirectories(large);
        StringBuilder accounts = new StringBuilder("account_id,name,phones,currency\n");
        for (int i = 0; i < 150_000; i++) {
            accounts.append("L").append(i).append(",Name,,USD\n");
        }
        Files.writeString(large.resolve("accounts.csv"), accounts);
        Run imported = run("ledger", "import", large.toString(), "--dry-run", "--data", data.toString());
        assertEquals(0, imported.exit(), imported.err());
        List<String> lines = imported.err().lines().map(String::strip).toList();
        assertEquals(2, lines.size(), imported.err());
        assertTrue(lines.get(0).matches("accounts\\.csv +100,000 rows +\\(\\d+\\.\\d s\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("accounts\\.csv +150,000 rows, read +\\(\\d+\\.\\d s\\)"), lines.get(1));
        assertTrue(imported.out().startsWith("checked 150,000 rows"), imported.out());
        assertTrue(imported.out().strip().endsWith("nothing was changed (--dry-run)"), imported.out());
        assertEquals(stored, StoreDump.of(data));
    }

    @Test
    void everyProblemIsReportedAtOnceAndTheCountSaid() throws Exception {
        Path bad = variant("several", "invoices.csv", "account_id,invoice_id,issued_on,due_on,amount\n"
                + "B1,BI-7,2026-13-01,2026-01-31,5.00\nB9,BI-8,2026-01-01,2026-01-31,x\n");
        Run rejected = run("ledger", "import", bad.toString(), "--data", data.toString());
        assertEquals(1, rejected.exit());
        assertEquals("parley ledger import: import rejected, the store is unchanged (3 problems):\n"
                + "  invoices.csv:2: field issued_on: '2026-13-01' is not a date YYYY-MM-DD\n"
                + "  invoices.csv:3: field amount: 'x' is not an amount (digits with at most 2 decimals and a '.', "
                + "such as 1234.50)\n"
                + "  invoices.csv:3: field account_id: no account B9 in accounts.csv or in the store",
                rejected.err().strip());
        assertEquals(stored, StoreDump.of(data));
    }
}
