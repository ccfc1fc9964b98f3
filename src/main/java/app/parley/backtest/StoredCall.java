package app.parley.backtest;

import app.parley.call.CallRecord;
import app.parley.call.LoudnessTrack;
import app.parley.call.PromptMark;
import app.parley.review.ReviewOverride;
import java.util.List;

/**
 * What a backtest reads of one stored call: its record (words, the prompts raised live and the
 * agent's feedback on them), each party's loudness, the QA reviewers' scorecard overrides and
 * the reviewers' marks of earlier backtests' prompts.
 */
public record StoredCall(CallRecord record, List<LoudnessTrack> loudness, List<ReviewOverride> overrides,
        List<PromptMark> marks) {
    public StoredCall {
        loudness = List.copyOf(loudness);
        overrides = List.copyOf(overrides);
        marks = List.copyOf(marks);
    }

    public String id() {
        return record.call().id();
    }
}
