package org.plandoc.parser.internal;

import java.util.List;
import org.plandoc.core.Comparison;

/**
 * The second step of reading a target: how the words around its number bound
 * it — before the number ({@code 不少于}, {@code 不得低于}, {@code 控制在}, {@code 突破},
 * {@code 近}) and after its unit ({@code 以上}, {@code 及以下}, {@code 以内}, {@code 左右}).
 * A word after the unit decides; {@code 左右} softens one before it.
 */
final class Comparators {

    /** A comparator word and what it means. */
    record Word(String text, Comparison means) {
    }

    private Comparators() {
    }

    /** Before the number; the longer of two words that start alike comes first (不超过 before 超过 before 超). */
    static final List<Word> BEFORE = List.of(
        new Word("不得少于", Comparison.AT_LEAST), new Word("不得低于", Comparison.AT_LEAST),
        new Word("不得超过", Comparison.AT_MOST), new Word("不得高于", Comparison.AT_MOST),
        new Word("不少于", Comparison.AT_LEAST), new Word("不低于", Comparison.AT_LEAST),
        new Word("不超过", Comparison.AT_MOST), new Word("不高于", Comparison.AT_MOST),
        new Word("不大于", Comparison.AT_MOST), new Word("不小于", Comparison.AT_LEAST),
        new Word("控制在", Comparison.AT_MOST), new Word("至少", Comparison.AT_LEAST),
        new Word("超过", Comparison.MORE_THAN), new Word("高于", Comparison.MORE_THAN),
        new Word("大于", Comparison.MORE_THAN), new Word("多于", Comparison.MORE_THAN),
        new Word("突破", Comparison.MORE_THAN), new Word("超", Comparison.MORE_THAN),
        new Word("低于", Comparison.LESS_THAN), new Word("少于", Comparison.LESS_THAN),
        new Word("小于", Comparison.LESS_THAN), new Word("不足", Comparison.LESS_THAN),
        new Word("≥", Comparison.AT_LEAST), new Word(">=", Comparison.AT_LEAST),
        new Word("≤", Comparison.AT_MOST), new Word("<=", Comparison.AT_MOST),
        new Word("＞", Comparison.MORE_THAN), new Word("＜", Comparison.LESS_THAN),
        new Word(">", Comparison.MORE_THAN), new Word("<", Comparison.LESS_THAN),
        new Word("约", Comparison.ABOUT), new Word("近", Comparison.ABOUT));
    /** After the unit; 及以上 before 以上. */
    static final List<Word> AFTER = List.of(
        new Word("及以上", Comparison.AT_LEAST), new Word("及以下", Comparison.AT_MOST),
        new Word("以上", Comparison.AT_LEAST), new Word("以下", Comparison.AT_MOST), new Word("以内", Comparison.AT_MOST),
        new Word("之内", Comparison.AT_MOST), new Word("内", Comparison.AT_MOST), new Word("左右", Comparison.ABOUT));

    /** The comparator word that ends just before {@code i}, or null. */
    static Word before(Logical t, int i, int from) {
        if (i <= from || !BEFORE_WORDS.mayEndWith(t.charAt(i - 1))) {
            return null;        // most numbers follow a char no comparator word ends with
        }
        for (Word w : BEFORE) {
            int n = w.text().length();
            if (i - n >= from && Quantities.at(t, i - n, w.text())) {
                return w;
            }
        }
        return null;
    }

    /** The words before a number, for the chars they end with. */
    private static final Words BEFORE_WORDS = texts(BEFORE);

    private static Words texts(List<Word> words) {
        String[] texts = new String[words.size()];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = words.get(k).text();
        }
        return new Words(texts);
    }

    /** The comparator word that starts at {@code i}, or null. 内 only after a unit of time (3年内, 15个工作日内). */
    static Word after(Logical t, int i, int to, String unit) {
        for (Word w : AFTER) {
            int n = w.text().length();
            if (i + n <= to && Quantities.at(t, i, w.text())) {
                if (w.text().equals("内") && !time(unit)) {
                    continue;
                }
                return w;
            }
        }
        return null;
    }

    private static boolean time(String unit) {
        return unit.equals("年") || unit.equals("个月") || unit.equals("天") || unit.equals("周")
            || Vocabulary.containsAny(unit, Vocabulary.TIME_LIMIT_UNITS);
    }

    /**
     * What the words say together: a word after the unit decides (达到80%以上), except
     * 左右, which only softens one before it (约5%左右); a range is between; 多/余 is more than.
     */
    static Comparison combine(Word before, Word after, boolean range, boolean loose) {
        if (range) {
            return Comparison.BETWEEN;
        }
        if (after != null && after.means() != Comparison.ABOUT) {
            return after.means();
        }
        if (after != null) {
            return Comparison.ABOUT;        // 控制在5.5%左右: about, as 左右 says
        }
        if (before != null) {
            return before.means();
        }
        return loose ? Comparison.MORE_THAN : Comparison.EXACTLY;
    }
}
