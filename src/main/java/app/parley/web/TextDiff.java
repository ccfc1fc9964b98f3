package app.parley.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** A change to a text file as a unified diff (java-diff-utils), for the audit trail. */
final class TextDiff {
    private TextDiff() {
    }

    static String unified(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", old, DiffUtils.diff(old, now), 2);
        return diff.isEmpty() ? "(no change)" : String.join("\n", diff);
    }
}
