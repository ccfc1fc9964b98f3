package app.parley.coaching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a contact rule ({@link Rule.Contact}) on what is known as a call connects: the time at
 * the debtor's location, and the earlier calls about the same debt. Pure: the call's connect
 * time is part of the facts, so a check replays the same on any day.
 */
final class ContactCheck {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private ContactCheck() {
    }

    /** What breaks the rule, in words for the prompt's evidence; empty when the contact is within it. */
    static Optional<String> evidence(Rule.Contact check, FactsView.Contact contact) {
        if (check instanceof Rule.OutsideHours hours) {
            // Where the debtor may be in several zones, a time outside the hours in any of them counts.
            for (ZoneId zone : contact.zones()) {
                LocalTime local = contact.connected().atZone(zone).toLocalTime();
                if (local.isBefore(hours.from()) || !local.isBefore(hours.to())) {
                    return Optional.of("connected at " + LOCAL.format(local) + " " + zone.getId()
                            + " (allowed " + LOCAL.format(hours.from()) + "-" + hoursEnd(hours.to()) + ")");
                }
            }
            return Optional.empty();
        }
        if (check instanceof Rule.CallCount count) {
            Instant since = contact.connected().minus(Duration.ofMillis(Math.round(count.seconds() * 1000)));
            long earlier = contact.calls().stream().filter(t -> !t.isBefore(since) && t.isBefore(contact.connected()))
                    .count();
            return earlier + 1 > count.moreThan()
                    ? Optional.of("call " + (earlier + 1) + " about this debt in " + days(count.seconds()))
                    : Optional.empty();
        }
        Rule.AfterConversation after = (Rule.AfterConversation) check;
        Instant since = contact.connected().minus(Duration.ofMillis(Math.round(after.seconds() * 1000)));
        return contact.conversations().stream().filter(t -> !t.isBefore(since) && t.isBefore(contact.connected()))
                .max(Instant::compareTo)
                .map(t -> "spoke with the client " + ago(Duration.between(t, contact.connected())) + " ago");
    }

    private static String hoursEnd(LocalTime to) {
        return to.equals(LocalTime.MAX) ? "24:00" : LOCAL.format(to);
    }

    private static String days(double seconds) {
        long days = Math.round(seconds / 86400);
        return days == 1 ? "1 day" : days + " days";
    }

    private static String ago(Duration d) {
        long hours = d.toHours();
        return hours < 48 ? hours + " h" : d.toDays() + " days";
    }
}
