package org.plandoc.core.diff;

import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Plan;
import org.plandoc.core.Target;

/**
 * Pairs the targets of two plans by indicator and unit, and lists what was added, dropped or
 * changed. The indicator decides ({@code 生产总值} and {@code 全省生产总值} are one indicator);
 * the words around the number only break ties between targets of one indicator.
 */
final class TargetPairing {

    /** Indicators at least this alike (Dice over bigrams) may be one indicator. */
    static final double INDICATOR_THRESHOLD = 0.6;
    /** The score of an indicator that contains the other ({@code 服务贸易} in {@code 服务贸易出口}). */
    static final double CONTAINED = 0.9;

    private final boolean allTargets;

    TargetPairing(boolean allTargets) {
        this.allTargets = allTargets;
    }

    List<TargetChange> changes(Plan before, Plan after) {
        List<Target> olds = targets(before);
        List<Target> news = targets(after);
        List<Assignment.Pair> pairs = Assignment.greedy(olds.size(), news.size(), INDICATOR_THRESHOLD,
            (i, j) -> score(olds.get(i), news.get(j)));
        boolean[] oldPaired = new boolean[olds.size()];
        Target[] partner = new Target[news.size()];
        for (Assignment.Pair p : pairs) {
            oldPaired[p.i()] = true;
            partner[p.j()] = olds.get(p.i());
        }
        List<TargetChange> out = new ArrayList<>();
        for (int j = 0; j < news.size(); j++) {
            if (partner[j] == null) {
                out.add(new TargetChange(TargetChange.Kind.ADDED, null, news.get(j)));
            } else if (TargetChange.differ(partner[j], news.get(j))) {
                out.add(new TargetChange(TargetChange.Kind.CHANGED, partner[j], news.get(j)));
            }
        }
        for (int i = 0; i < olds.size(); i++) {
            if (!oldPaired[i]) {
                out.add(new TargetChange(TargetChange.Kind.DROPPED, olds.get(i), null));
            }
        }
        return out;
    }

    private List<Target> targets(Plan plan) {
        return plan.allTargets().filter(t -> allTargets || t.isCommitment()).toList();
    }

    /**
     * 0 unless the units agree (as printed, or after multipliers: 亿元 and 万亿元 are both 元) and
     * both have an indicator; else how alike the indicators are, plus a little for alike words around the number.
     */
    static double score(Target a, Target b) {
        if (!sameUnit(a, b)) {
            return 0;
        }
        String x = Similarity.Text.of(a.indicator()).chars;
        String y = Similarity.Text.of(b.indicator()).chars;
        if (x.isEmpty() && y.isEmpty()) {
            // no indicator on either side (a bare 220条 after a list): only the same words are the same target
            return Similarity.Text.of(a.text()).chars.equals(Similarity.Text.of(b.text()).chars) ? 1 : 0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        double indicator;
        if (x.equals(y)) {
            indicator = 1;
        } else if (Math.min(x.length(), y.length()) >= 2 && (x.contains(y) || y.contains(x))) {
            indicator = CONTAINED;
        } else {
            indicator = Similarity.DICE.score(x, y);
        }
        if (indicator < INDICATOR_THRESHOLD) {
            return 0;
        }
        return indicator + 0.05 * Similarity.DICE.score(a.text(), b.text());
    }

    private static boolean sameUnit(Target a, Target b) {
        return a.unit().equals(b.unit())
            || a.normalized() != null && b.normalized() != null && a.normalized().unit().equals(b.normalized().unit());
    }
}
