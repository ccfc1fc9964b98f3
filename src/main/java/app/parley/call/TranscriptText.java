package app.parley.call;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A call record as a transcript a person reads: a heading, then each utterance and each prompt
 * in time order, stamped with minutes and seconds of the call, with where audio was lost and
 * where payment data was redacted.
 */
public final class TranscriptText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TranscriptText() {
    }

    public static String of(CallRecord record) {
        CallInfo call = record.call();
        StringBuilder text = new StringBuilder();
        text.append("Call ").append(call.id()).append('\n');
        text.append("Started ").append(WHEN.format(call.startedAt()));
        if (call.durationS() != null) {
            text.append(", lasted ").append(clock(call.durationS()));
        }
        text.append('\n');
        text.append("Agent: ").append(call.agent() == null ? "unknown" : call.agent())
                .append("; caller: ").append(call.callerNumber() == null ? "unknown" : call.callerNumber());
        if (record.facts() != null && record.facts().path("account").has("id")) {
            text.append("; account ").append(record.facts().path("account").path("id").asText());
        }
        text.append("\n\n");
        record Line(double at, int order, String text) {
        }
        List<Line> lines = new ArrayList<>();
        for (Utterance utterance : record.utterances()) {
            lines.add(new Line(utterance.start(), 0, capitalised(utterance.speaker().id()) + ": " + utterance.text()));
        }
        for (Prompt prompt : record.prompts()) {
            lines.add(new Line(prompt.at(), 1, "  >> prompt " + prompt.kind() + " (" + prompt.severity().id() + "): "
                    + prompt.message() + (prompt.evidence() == null ? "" : " [" + prompt.evidence() + "]")));
        }
        for (Redaction redaction : record.redactions()) {
            lines.add(new Line(redaction.start(), 3, "  -- " + redaction.speaker().id() + "'s " + redaction.noun()
                    + " redacted"));
        }
        for (Gap gap : record.gaps()) {
            lines.add(new Line(gap.start(), 2, "  -- " + gap.speaker().id() + "'s audio lost until " + clock(gap.end())));
        }
        lines.sort(Comparator.comparingDouble(Line::at).thenComparingInt(Line::order));
        for (Line line : lines) {
            text.append('[').append(clock(line.at())).append("] ").append(line.text()).append('\n');
        }
        return text.toString();
    }

    /** Seconds of call time as m:ss.s. */
    static String clock(double seconds) {
        long tenths = Math.round(seconds * 10);
        return String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
