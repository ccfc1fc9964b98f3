package app.parley.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request's {@code Range} header asks of a file of a known size: the whole file (no
 * header, or one this does not read), one range, or nothing it holds (416). A media element
 * seeks with ranges.
 */
record ByteRange(Kind kind, long start, long end, long size) {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    enum Kind {
        WHOLE, PART, UNSATISFIABLE
    }

    static ByteRange of(String header, long size) {
        Matcher m = header == null ? null : RANGE.matcher(header.strip());
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new ByteRange(Kind.WHOLE, 0, size - 1, size);
        }
        long start;
        long end;
        try {
            start = m.group(1).isEmpty() ? Math.max(0, size - Long.parseLong(m.group(2))) : Long.parseLong(m.group(1));
            end = m.group(1).isEmpty() || m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        } catch (NumberFormatException tooLong) {
            start = size;
            end = size;
        }
        if (start >= size || start > end) {
            return new ByteRange(Kind.UNSATISFIABLE, 0, -1, size);
        }
        return new ByteRange(Kind.PART, start, end, size);
    }

    /** How many bytes are sent. */
    long length() {
        return end - start + 1;
    }

    /** The status code of the answer. */
    int status() {
        return switch (kind) {
            case WHOLE -> 200;
            case PART -> 206;
            case UNSATISFIABLE -> 416;
        };
    }

    /** The {@code Content-Range} header, none for the whole file. */
    String contentRange() {
        return switch (kind) {
            case WHOLE -> null;
            case PART -> "bytes " + start + "-" + end + "/" + size;
            case UNSATISFIABLE -> "bytes */" + size;
        };
    }
}
