package org.plandoc.parser.internal;

import org.plandoc.core.ChineseNumerals;
import org.plandoc.parser.DiagnosticCodes;

/**
 * The repair of damaged numbers: given a marker and the sibling it would follow,
 * which number it stands for and what was wrong with it — printed again, numeral
 * or bracket lost, a number skipped, out of order — or that it is not the next
 * sibling at all. Keeps no state; the outline decides where siblings are.
 */
final class Numbers {

    /** The number a marker stands for, and the diagnostic code of its repair (null when undamaged). */
    record Verdict(int ordinal, String code) {
    }

    private Numbers() {
    }

    /**
     * The verdict on {@code m} as the next sibling of {@code prev}, or null when it is
     * not one. In running text only a near miss counts; {@code open} says whether
     * {@code prev}'s level is open on the path (then an out-of-order number is renumbered).
     */
    static Verdict judge(Marker m, Draft prev, boolean lineStart, boolean boundary, boolean open) {
        int expected = prev.ordinal + 1;
        if (m.damage() == Marker.Damage.NONE && m.printed() == expected) {
            return new Verdict(expected, null);
        }
        if (!lineStart) {
            if (!boundary || m.damage() != Marker.Damage.NONE) {
                return null;
            }
            if (m.printed() == prev.printed && m.printed() == expected - 1) {
                return new Verdict(expected, DiagnosticCodes.DUPLICATE_NUMBER);
            }
            return m.printed() == expected + 1 ? new Verdict(m.printed(), DiagnosticCodes.SKIPPED_NUMBER) : null;
        }
        switch (m.damage()) {
            case MISSING_NUMERAL:
                return new Verdict(expected, DiagnosticCodes.MISSING_NUMERAL);
            case LOST_BRACKET:
                return printedAsPrefix(m, expected) ? new Verdict(expected, DiagnosticCodes.LOST_BRACKET) : null;
            default:
                break;
        }
        if (m.printed() == prev.printed) {
            return new Verdict(expected, DiagnosticCodes.DUPLICATE_NUMBER);
        }
        if (m.printed() > expected && m.printed() <= expected + 3) {
            // a skipped number keeps its printed ordinal: renumbering would make every number after it wrong
            return new Verdict(m.printed(), DiagnosticCodes.SKIPPED_NUMBER);
        }
        // out of order at the start of a line: renumber when its level is open, or when it lost digits
        if (m.printed() < expected && (open || printedAsPrefix(m, expected))) {
            return new Verdict(expected, DiagnosticCodes.WRONG_NUMBER);
        }
        return null;
    }

    /** A numeral that lost its last chars: (二十 for (二十四), 2 for 23. */
    static boolean printedAsPrefix(Marker m, int expected) {
        String full = ChineseNumerals.isArabicDigit(m.numeral().isEmpty() ? ' ' : m.numeral().charAt(0))
            ? Integer.toString(expected) : ChineseNumerals.format(expected);
        return !m.numeral().isEmpty() && full.startsWith(m.numeral()) && !full.equals(m.numeral());
    }

    /** The words of a repair's diagnostic: {@code number printed again: "(二十)" read as number 21 (chinese-paren)}. */
    static String message(String code, String label, int ordinal, Marker m) {
        String what;
        switch (code) {
            case DiagnosticCodes.DUPLICATE_NUMBER: what = "number printed again"; break;
            case DiagnosticCodes.MISSING_NUMERAL: what = "numeral missing"; break;
            case DiagnosticCodes.LOST_BRACKET: what = "bracket and numeral damaged"; break;
            case DiagnosticCodes.SKIPPED_NUMBER: what = "a number is skipped"; break;
            default: what = "number out of order"; break;
        }
        return what + ": " + Report.quote(label) + " read as number " + ordinal + " (" + m.style().id() + ")";
    }
}
