package app.parley.web;

import app.parley.store.CallQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query string of {@code GET /api/calls} as a {@link CallQuery}: {@code q} (words, and
 * phrases in double quotes), {@code agent}, {@code account}, {@code phone}, {@code kind},
 * {@code from} and {@code to} (dates YYYY-MM-DD, both days included, or instants),
 * {@code min_duration} and {@code max_duration} (seconds), {@code limit}, {@code after} (the
 * previous page's {@code next}). A bad value is a {@link BadParameter} naming it.
 */
final class CallSearchParams {
    static final int DEFAULT_LIMIT = 50;
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");

    private CallSearchParams() {
    }

    static CallQuery parse(Function<String, String> param) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        String q = param.apply("q");
        if (q != null) {
            if (q.chars().filter(c -> c == '"').count() % 2 != 0) {
                throw new BadParameter("q", "query parameter q has an unclosed \" (phrases go in double quotes)");
            }
            Matcher m = PHRASE.matcher(q);
            while (m.find()) {
                if (!m.group(1).isBlank()) {
                    phrases.add(m.group(1).strip());
                }
            }
            for (String word : PHRASE.matcher(q).replaceAll(" ").split("\\s+")) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        Instant from = instant(param, "from", false);
        Instant to = instant(param, "to", true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadParameter("to", "query parameter to must be after from");
        }
        Double minDuration = seconds(param, "min_duration");
        Double maxDuration = seconds(param, "max_duration");
        int limit = DEFAULT_LIMIT;
        String limitText = param.apply("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > CallQuery.MAX_LIMIT) {
                throw new BadParameter("limit", "query parameter limit must be a whole number from 1 to "
                        + CallQuery.MAX_LIMIT + ", got '" + limitText + "'");
            }
        }
        CallQuery.Cursor after = null;
        String afterText = param.apply("after");
        if (afterText != null && !afterText.isBlank()) {
            try {
                after = CallQuery.Cursor.parse(afterText.strip());
            } catch (IllegalArgumentException e) {
                throw new BadParameter("after", "query parameter after must be a page's next value, got '" + afterText + "'");
            }
        }
        return new CallQuery(words, phrases, text(param, "agent"), text(param, "account"), text(param, "phone"),
                text(param, "kind"), from, to, minDuration, maxDuration, limit, after);
    }

    private static String text(Function<String, String> param, String name) {
        String value = param.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date (the day's start in UTC; for {@code to}, the next day's, so the day is included) or an instant. */
    private static Instant instant(Function<String, String> param, String name, boolean endOfDay) {
        String value = text(param, name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "query parameter " + name
                    + " must be a date YYYY-MM-DD or an instant such as 2026-11-23T10:15:00Z, got '" + value + "'");
        }
    }

    private static Double seconds(Function<String, String> param, String name) {
        String value = text(param, name);
        if (value == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0 && Double.isFinite(seconds)) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameter(name, "query parameter " + name + " must be a number of seconds (0 or more), got '"
                + value + "'");
    }
}
