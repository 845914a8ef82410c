package org.plandoc.parser.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import org.plandoc.core.ChineseNumerals;
import org.plandoc.core.Deadline;

/**
 * Deadline phrases, read in one place for items and for targets: 2012年10月底前,
 * 2024年6月30日前, 年底前, 年内, 6月底前, 到2025年, and, where a label or bracket
 * gives it, an open 长期坚持. The last day a phrase allows comes from its own
 * year, or the plan's year for 年底前 and 6月底前.
 */
final class Deadlines {

    private static final String[] OPEN = {"长期坚持", "持续推进", "长期推进", "持续开展"};

    private Deadlines() {
    }

    /** The last deadline phrase in {@code text}; with {@code labelled}, an open phrase counts too. Null when none. */
    static Deadline last(String text, Integer planYear, boolean labelled) {
        Deadline best = null;
        int bestAt = -1;
        int year = -1;
        int month = -1;
        for (int i = 0; i < text.length(); i++) {
            // every phrase has 年 or 月 within its first six chars (到2025年, 12月底前): skip to five before the next one
            // (each found again only once passed, and never again once absent: one walk of the text for each)
            if (year < i) {
                year = next(text, '年', i);
            }
            if (month < i) {
                month = next(text, '月', i);
            }
            int next = Math.min(year, month);
            if (next == Integer.MAX_VALUE) {
                break;
            }
            if (next - i > 5) {
                i = next - 6;
                continue;
            }
            char c = text.charAt(i);
            // a deadline opens with a digit (not inside a number), 到, or 年 (年底前, 年内)
            boolean digit = ChineseNumerals.isArabicDigit(c);
            if (!(c == '年' || c == '到' || digit) || (digit && i > 0 && ChineseNumerals.isArabicDigit(text.charAt(i - 1)))) {
                continue;
            }
            Deadline d = dateAt(text, i, planYear);
            if (d != null && i >= bestAt) {
                best = d;
                bestAt = i;
                i += d.text().length() - 1;
            }
        }
        if (best == null && labelled) {
            for (String open : OPEN) {
                if (text.contains(open)) {
                    return new Deadline(open, null, Deadline.Precision.OPEN);
                }
            }
        }
        return best;
    }

    /** Whether {@code from..to} of {@code t} may hold a deadline phrase: every phrase has 年 or 月. */
    static boolean mayHold(CharSequence t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.charAt(k) == '年' || t.charAt(k) == '月') {
                return true;
            }
        }
        return false;
    }

    /** The first {@code c} at or after {@code from}, or Integer.MAX_VALUE. */
    private static int next(String text, char c, int from) {
        int k = text.indexOf(c, from);
        return k < 0 ? Integer.MAX_VALUE : k;
    }

    /** A deadline phrase starting at {@code i}, or null. */
    private static Deadline dateAt(String text, int i, Integer planYear) {
        int[] pos = {i};
        if (text.startsWith("年底前", i) || text.startsWith("年内", i) || text.startsWith("年底", i)
                || text.startsWith("年末", i)) {
            if (i > 0 && (Character.isDigit(text.charAt(i - 1)) || ChineseNumerals.isNumeral(text.charAt(i - 1)))) {
                return null;        // part of 2024年底前, read from its start
            }
            String t = text.startsWith("年底前", i) ? "年底前" : text.startsWith("年内", i) ? "年内"
                : text.startsWith("年末", i) ? "年末" : "年底";
            LocalDate date = planYear == null ? null : LocalDate.of(planYear, 12, 31);
            return new Deadline(t, date, Deadline.Precision.YEAR);
        }
        boolean to = text.startsWith("到", i);
        int start = to ? i + 1 : i;
        pos[0] = start;
        int year = digits(text, pos, 4);
        if (year >= 1990 && year <= 2100 && pos[0] - start == 4 && pos[0] < text.length() && text.charAt(pos[0]) == '年') {
            pos[0]++;
            int afterYear = pos[0];
            int month = digits(text, pos, 2);
            if (month >= 1 && month <= 12 && pos[0] < text.length() && text.charAt(pos[0]) == '月') {
                pos[0]++;
                int day = digits(text, pos, 2);
                if (day >= 1 && pos[0] < text.length() && (text.charAt(pos[0]) == '日' || text.charAt(pos[0]) == '号')) {
                    pos[0]++;
                    if (text.startsWith("前", pos[0]) || text.startsWith("以前", pos[0])) {
                        int end = pos[0] + (text.startsWith("前", pos[0]) ? 1 : 2);
                        try {
                            return new Deadline(text.substring(i, end), LocalDate.of(year, month, day), Deadline.Precision.DAY);
                        } catch (java.time.DateTimeException e) {
                            return null;
                        }
                    }
                    return null;
                }
                if (text.startsWith("底前", pos[0]) || text.startsWith("底", pos[0]) || text.startsWith("前", pos[0])) {
                    boolean before = text.startsWith("前", pos[0]);
                    int end = pos[0] + (text.startsWith("底前", pos[0]) ? 2 : 1);
                    LocalDate date = before ? YearMonth.of(year, month).atDay(1).minusDays(1)
                        : YearMonth.of(year, month).atEndOfMonth();
                    return new Deadline(text.substring(i, end), date, Deadline.Precision.MONTH);
                }
                return null;
            }
            pos[0] = afterYear;
            if (text.startsWith("底前", afterYear)) {
                return new Deadline(text.substring(i, afterYear + 2), LocalDate.of(year, 12, 31), Deadline.Precision.YEAR);
            }
            if (to) {
                return new Deadline(text.substring(i, afterYear), LocalDate.of(year, 12, 31), Deadline.Precision.YEAR);
            }
            if (text.startsWith("前", afterYear)) {
                return new Deadline(text.substring(i, afterYear + 1), LocalDate.of(year - 1, 12, 31), Deadline.Precision.YEAR);
            }
            return null;
        }
        // 6月底前 in a plan of a stated year
        pos[0] = i;
        if (i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '年')) {
            return null;
        }
        int month = digits(text, pos, 2);
        if (month >= 1 && month <= 12 && text.startsWith("月底前", pos[0])) {
            LocalDate date = planYear == null ? null : YearMonth.of(planYear, month).atEndOfMonth();
            return new Deadline(text.substring(i, pos[0] + 3), date, Deadline.Precision.MONTH);
        }
        return null;
    }

    private static int digits(String text, int[] pos, int max) {
        int i = pos[0];
        int v = 0;
        int n = 0;
        while (i < text.length() && n < max && ChineseNumerals.isArabicDigit(text.charAt(i))) {
            v = v * 10 + ChineseNumerals.digitValue(text.charAt(i));
            i++;
            n++;
        }
        if (n == 0) {
            return -1;
        }
        pos[0] = i;
        return v;
    }
}
