package app.parley.live;

import app.parley.call.Speaker;
import app.parley.coaching.CoachingSession;
import app.parley.speech.TranscriptUpdate;

/** What coaching hears of one recogniser update: its final segments, then its partial. Live and analyze alike. */
final class TranscriptFeed {
    private TranscriptFeed() {
    }

    static void into(CoachingSession session, Speaker speaker, TranscriptUpdate update) {
        for (TranscriptUpdate.Segment segment : update.finals()) {
            session.words(speaker, segment.words(), true);
        }
        if (update.partial() != null) {
            session.words(speaker, update.partial().words(), false);
        }
    }
}
