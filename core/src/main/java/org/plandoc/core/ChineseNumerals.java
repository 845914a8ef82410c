package org.plandoc.core;

/**
 * Chinese numerals both ways: {@code 二十一} ⇄ 21.
 *
 * <pre>{@code
 * ChineseNumerals.format(21);        // "二十一"
 * ChineseNumerals.format(1010);      // "一千零一十"
 * ChineseNumerals.parse("两千零五");  // 2005
 * ChineseNumerals.parse("二〇二四");  // 2024 (digit by digit, as years are written)
 * ChineseNumerals.parse("１２");      // 12 (full-width digits)
 * }</pre>
 *
 * <p>{@link #format} writes the ordinary form used for numbering: {@code 十} for 10
 * and {@code 十一} for 11 (not {@code 一十一}), {@code 零} for each run of zeros
 * inside a number. {@link #parse} also reads {@code 〇}, {@code 两}, the financial
 * forms ({@code 壹贰叁…拾佰仟}), ASCII and full-width digits, and numbers written
 * digit by digit. Stateless and thread-safe.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final long MAX = 999_999_999_999L;

    private ChineseNumerals() {
    }

    /**
     * The value of one Chinese or Arabic digit: {@code 零}/{@code 〇} → 0, {@code 两} → 2,
     * {@code 七} → 7, {@code 柒} → 7, {@code 7} or {@code ７} → 7; -1 for any other character.
     */
    public static int digitValue(char c) {
        switch (c) {
            case '零': case '〇': case '○': case 'Ｏ': return 0;
            case '一': case '壹': case '弌': return 1;
            case '二': case '两': case '貳': case '贰': return 2;
            case '三': case '叁': case '參': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default:
                if (c >= '0' && c <= '9') {
                    return c - '0';
                }
                if (c >= '０' && c <= '９') {
                    return c - '０';
                }
                return -1;
        }
    }

    /**
     * The multiplier of a unit character: {@code 十}/{@code 拾} → 10, {@code 百} → 100,
     * {@code 千} → 1000, {@code 万} → 10⁴, {@code 亿} → 10⁸; 0 for any other character.
     */
    public static long unitValue(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            case '万': case '萬': return 10_000;
            case '亿': case '億': return 100_000_000;
            default: return 0;
        }
    }

    /** Whether {@code c} is a Chinese digit or unit character that {@link #parse} reads. */
    public static boolean isNumeral(char c) {
        return (digitValue(c) >= 0 && !isArabicDigit(c)) || unitValue(c) > 0;
    }

    /** Whether {@code c} is an ASCII or a full-width digit. */
    public static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /**
     * Writes {@code n} in Chinese numerals: 0 → {@code 零}, 10 → {@code 十},
     * 21 → {@code 二十一}, 105 → {@code 一百零五}, 10000 → {@code 一万}.
     *
     * @param n a number from 0 to 999,999,999,999
     * @throws IllegalArgumentException outside that range
     */
    public static String format(long n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("n must be in 0.." + MAX + ", was " + n);
        }
        if (n == 0) {
            return "零";
        }
        StringBuilder out = new StringBuilder();
        long yi = n / 100_000_000;
        long wan = n / 10_000 % 10_000;
        long rest = n % 10_000;
        boolean zeroPending = false;
        if (yi > 0) {
            appendGroup(out, (int) yi, false);
            out.append('亿');
        }
        if (wan > 0) {
            appendGroup(out, (int) wan, out.length() > 0);
            out.append('万');
        } else if (out.length() > 0) {
            zeroPending = true;
        }
        if (rest > 0) {
            if (zeroPending && rest >= 1000) {
                out.append('零');
            }
            appendGroup(out, (int) rest, out.length() > 0);
        }
        return out.toString();
    }

    /** Appends a group of 1..9999; {@code inner} is true when a larger group stands before it. */
    private static void appendGroup(StringBuilder out, int group, boolean inner) {
        int[] units = {1000, 100, 10, 1};
        char[] names = {'千', '百', '十', 0};
        boolean started = false;
        boolean zero = inner && group < 1000;
        for (int i = 0; i < units.length; i++) {
            int d = group / units[i] % 10;
            if (d == 0) {
                if (started) {
                    zero = true;
                }
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            // 十一, not 一十一, when 十 opens the whole number.
            boolean bareTen = units[i] == 10 && d == 1 && !started && out.length() == 0;
            if (!bareTen) {
                out.append(DIGITS.charAt(d));
            }
            if (names[i] != 0) {
                out.append(names[i]);
            }
            started = true;
        }
    }

    /**
     * Reads a number written in Chinese numerals, with units ({@code 二十一},
     * {@code 一百零五}, {@code 两千}, {@code 十万}) or digit by digit ({@code 二〇二四}),
     * or in ASCII or full-width digits.
     *
     * @param text the numeral, nothing before or after it
     * @return its value
     * @throws NumberFormatException when {@code text} is not a numeral or exceeds 999,999,999,999
     */
    public static long parse(CharSequence text) {
        long value = parseOrMinusOne(text);
        if (value < 0) {
            throw new NumberFormatException("not a numeral, or larger than " + MAX + ": \"" + text + "\"");
        }
        return value;
    }

    /**
     * Like {@link #parse} but returns -1 instead of throwing.
     */
    public static long parseOrMinusOne(CharSequence text) {
        // without exceptions: parsers call this at every candidate numeral
        if (text == null || text.length() == 0) {
            return -1;
        }
        return parseOrMinusOne(text, 0, text.length());
    }

    /**
     * Like {@link #parseOrMinusOne(CharSequence)} for the chars {@code from} to {@code to}
     * of {@code text}, without copying them.
     */
    public static long parseOrMinusOne(CharSequence text, int from, int to) {
        if (text == null || from < 0 || to > text.length() || from >= to) {
            return -1;
        }
        if (from != 0 || to != text.length()) {
            text = new Window(text, from, to);
        }
        boolean hasUnit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unitValue(c) > 0) {
                hasUnit = true;
            } else if (digitValue(c) < 0) {
                return -1;
            }
        }
        if (!hasUnit) {
            return text.length() > 12 ? -1 : parseDigits(text);
        }
        try {
            long v = parseWithUnits(text);
            return v > MAX ? -1 : v;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseDigits(CharSequence text) {
        if (text.length() > 12) {
            throw new NumberFormatException("numeral too large: \"" + text + "\"");
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + digitValue(text.charAt(i));
        }
        return value;
    }

    private static long parseWithUnits(CharSequence text) {
        long total = 0;     // completed 亿 groups
        long section = 0;   // value below the last 亿, including completed 万 groups
        long group = 0;     // value below the last 万
        long digit = -1;    // a digit waiting for its unit
        long lastUnit = Long.MAX_VALUE;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            long unit = unitValue(c);
            if (unit == 0) {
                int d = digitValue(c);
                if (digit > 0 && d > 0) {
                    throw new NumberFormatException("two digits without a unit in \"" + text + "\"");
                }
                digit = d;
                continue;
            }
            if (unit < 10_000) {
                if (unit >= lastUnit) {
                    throw new NumberFormatException("units out of order in \"" + text + "\"");
                }
                lastUnit = unit;
                long d = digit < 0 ? 1 : digit;   // 十 alone means 一十
                if (d == 0) {
                    throw new NumberFormatException("零 before a unit in \"" + text + "\"");
                }
                group += d * unit;
            } else if (unit == 10_000) {
                group += Math.max(digit, 0);
                if (group == 0) {
                    throw new NumberFormatException("万 without a number in \"" + text + "\"");
                }
                section += group * 10_000;
                group = 0;
                lastUnit = Long.MAX_VALUE;
            } else {
                long below = section + group + Math.max(digit, 0);
                if (below == 0 || total > 0) {
                    throw new NumberFormatException("misplaced 亿 in \"" + text + "\"");
                }
                total = below * 100_000_000;
                section = 0;
                group = 0;
                lastUnit = Long.MAX_VALUE;
            }
            digit = -1;
            if (total > MAX || section > MAX) {
                throw new NumberFormatException("numeral too large: \"" + text + "\"");
            }
        }
        return total + section + group + Math.max(digit, 0);
    }

    /** A view of part of a char sequence: no copy. */
    private record Window(CharSequence text, int from, int to) implements CharSequence {
        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Window(text, from + start, from + end);
        }

        @Override
        public String toString() {
            return text.subSequence(from, to).toString();
        }
    }
}
