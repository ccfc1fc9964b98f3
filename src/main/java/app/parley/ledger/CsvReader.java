package app.parley.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, streamed: fields separated by commas, records by CRLF, LF or CR; a field in
 * double quotes may hold commas, line breaks and doubled quotes ({@code ""}). A UTF-8 byte
 * order mark is skipped; bytes that are not UTF-8 are an error. Entirely empty lines are
 * skipped. Errors carry the line where the record started.
 */
final class CsvReader implements AutoCloseable {
    private static final int EOF = -1;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private final char[] buffer = chars.array();
    private boolean endOfInput;
    private boolean flushed;
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private boolean atStart = true;

    CsvReader(InputStream in) {
        this.in = in;
    }

    /** A malformed file: the line is where the bad record starts (1 is the header). */
    static final class FormatException extends Exception {
        private final int line;

        FormatException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The line on which the record last returned by {@link #next()} started. */
    int line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. The list is reused. */
    List<String> next() throws IOException, FormatException {
        fields.clear();
        int c = read();
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (c == '"') {
                        throw new FormatException(recordLine, "a double quote inside a field that does not start with "
                                + "one (quote the whole field and double the quote: \"5\"\" pipe\")");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c != EOF) {
                endOfLine(c);
            }
            return fields;
        }
    }

    /** Reads a quoted field whose opening quote was just read; returns the character after it. */
    private int quoted() throws IOException, FormatException {
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new FormatException(recordLine, "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    field.append('"');
                    continue;
                }
                if (after != ',' && after != '\n' && after != '\r' && after != EOF) {
                    throw new FormatException(recordLine, "unexpected '" + (char) after
                            + "' after a closing quote (a field must end at its closing quote)");
                }
                return after;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            field.append((char) c);
        }
    }

    /** Counts a line break that started with {@code c}, consuming the LF of a CRLF. */
    private void endOfLine(int c) throws IOException, FormatException {
        line++;
        if (c == '\r' && peek() == '\n') {
            position++;
        }
    }

    private int peek() throws IOException, FormatException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() throws IOException, FormatException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    /**
     * Decodes the next characters into the buffer. Decoding stops just before bytes that are
     * not UTF-8, so when they are reported every character before them has been read and
     * {@code line} is theirs.
     */
    private boolean fill() throws IOException, FormatException {
        if (flushed) {
            return false;
        }
        chars.clear();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                if (chars.position() > 0) {
                    break;
                }
                throw new FormatException(line, "not valid UTF-8 text (save the file as UTF-8)");
            }
            if (result.isOverflow() || chars.position() > 0) {
                break;
            }
            if (endOfInput) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        position = 0;
        limit = chars.position();
        return limit > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
