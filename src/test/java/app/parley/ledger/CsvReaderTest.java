package app.parley.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    /** Each record with the line it started on, as "line: field|field". */
    private static List<String> read(byte[] bytes) throws Exception {
        List<String> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(bytes))) {
            List<String> fields;
            while ((fields = csv.next()) != null) {
                records.add(csv.line() + ": " + String.join("|", fields));
            }
        }
        return records;
    }

    private static List<String> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws Exception {
        assertEquals(List.of("1: id|name", "2: A1|Smith, \"Jo\"", "3: A2|two\nlines", "5: A3|"),
                read("id,name\nA1,\"Smith, \"\"Jo\"\"\"\nA2,\"two\nlines\"\nA3,\n"));
    }

    @Test
    void crlfAndAByteOrderMarkAreHandled() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "account_id,name\r\nA1,\"x\r\ny\"\r\nA2,Zoë\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        assertEquals(List.of("1: account_id|name", "2: A1|x\r\ny", "4: A2|Zoë"), read(all));
    }

    @Test
    void emptyLinesAreSkippedButCountedAndALastLineNeedsNoBreak() throws Exception {
        assertEquals(List.of("1: a|b", "4: 1|2", "5: 3|4"), read("a,b\n\n\r\n1,2\n3,4"));
        assertEquals(List.of("1: a", "2: b"), read("a\rb\r"));
    }

    @Test
    void emptyFileHasNoRecords() throws Exception {
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(new byte[0]))) {
            assertNull(csv.next());
        }
    }

    @Test
    void malformedQuotingIsAnErrorOnTheRecordsLine() {
        CsvReader.FormatException open = assertThrows(CsvReader.FormatException.class,
                () -> read("a,b\n1,2\n3,\"never closed\n4,5\n"));
        assertEquals(3, open.line());
        assertEquals("a quoted field is not closed before the end of the file", open.getMessage());
        CsvReader.FormatException after = assertThrows(CsvReader.FormatException.class,
                () -> read("a,b\n\"x\"y,2\n"));
        assertEquals(2, after.line());
        CsvReader.FormatException stray = assertThrows(CsvReader.FormatException.class,
                () -> read("a,b\n1,2\n5\" pipe,2\n"));
        assertEquals(3, stray.line());
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() {
        byte[] latin1 = "a,b\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader.FormatException e = assertThrows(CsvReader.FormatException.class, () -> read(latin1));
        assertEquals("not valid UTF-8 text (save the file as UTF-8)", e.getMessage());
        assertEquals(2, e.line());
    }
}
