package app.parley.backtest;

import app.parley.call.Prompt;
import app.parley.call.PromptFeedback;
import app.parley.call.PromptMark;
import app.parley.review.ReviewOverride;
import app.parley.review.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people said of one call, as a label on any prompt of it, live or replayed: right or
 * wrong. A reviewer's backtest mark of the same rule within {@link Backtest#TOLERANCE_S} comes
 * first (the newest); then the agent's word on the live prompt of the same rule within the
 * tolerance (helpful: right, dismissed: wrong; the newest); then the QA reviewer's override of
 * the scorecard row of the prompt's kind (not-applicable: the situation never came up, so the
 * prompt was wrong; missed: it came up and was not handled, so the prompt was right; met says
 * nothing of the prompt). Pure.
 */
final class Labels {
    private final List<PromptMark> marks;
    private final List<Prompt> live;
    private final Map<Integer, Boolean> agentSaid = new HashMap<>();
    private final Map<String, Boolean> reviewerSaid = new HashMap<>();

    Labels(List<Prompt> live, List<PromptFeedback> feedback, List<ReviewOverride> overrides, List<PromptMark> marks) {
        this.live = live;
        this.marks = marks;
        // Oldest first in both lists: a later word replaces an earlier one.
        for (PromptFeedback f : feedback) {
            agentSaid.put(f.prompt(), "helpful".equals(f.verdict()));
        }
        for (ReviewOverride o : overrides) {
            if (o.verdict() == Verdict.MET) {
                reviewerSaid.remove(o.element().id());
            } else {
                reviewerSaid.put(o.element().id(), o.verdict() == Verdict.MISSED);
            }
        }
    }

    static Labels of(StoredCall call) {
        return new Labels(call.record().prompts(), call.record().promptFeedback(), call.overrides(), call.marks());
    }

    /** True: right; false: wrong; empty: nobody has said. */
    Optional<Boolean> of(Prompt prompt) {
        PromptMark newest = null;
        for (PromptMark mark : marks) {
            if (mark.rule().equals(prompt.rule()) && Backtest.near(mark.at(), prompt.at())
                    && (newest == null || !mark.markedAt().isBefore(newest.markedAt()))) {
                newest = mark;
            }
        }
        if (newest != null) {
            return Optional.of(newest.right());
        }
        for (int i = 0; i < live.size(); i++) {
            Prompt raised = live.get(i);
            if (agentSaid.containsKey(i) && raised.rule().equals(prompt.rule()) && Backtest.near(raised.at(), prompt.at())) {
                return Optional.of(agentSaid.get(i));
            }
        }
        return Optional.ofNullable(reviewerSaid.get(prompt.kind()));
    }
}
