package org.plandoc.formats.internal;

import java.util.Locale;
import org.plandoc.core.ChineseNumerals;

/**
 * Writes a list counter in one of Word's number formats ({@code w:numFmt}) as Word
 * shows it: {@code chineseCounting} 十一, {@code ideographTraditional} 甲乙丙,
 * {@code decimalEnclosedCircle} ①, {@code upperLetter} A … Z, AA. A format plandoc
 * does not know is written in decimal digits.
 */
final class NumberFormats {

    private static final String TIAN_GAN = "甲乙丙丁戊己庚辛壬癸";
    private static final String DI_ZHI = "子丑寅卯辰巳午未申酉戌亥";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String DIGITS = "〇一二三四五六七八九";

    private NumberFormats() {
    }

    /** {@code n} in {@code numFmt}; {@code bullet} and {@code none} give the empty string. */
    static String format(int n, String numFmt) {
        String f = numFmt == null ? "decimal" : numFmt;
        switch (f) {
            case "none":
            case "bullet":
                return "";
            case "chineseCounting":
            case "chineseCountingThousand":
            case "japaneseCounting":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "koreanCounting":
                return n >= 0 ? ChineseNumerals.format(n) : Integer.toString(n);
            case "ideographDigital":
            case "taiwaneseDigital":
            case "japaneseDigitalTenThousand":
                return digitByDigit(n, DIGITS);
            case "chineseLegalSimplified":
            case "ideographLegalTraditional":
            case "japaneseLegal":
                return legal(n);
            case "ideographTraditional":
                return n >= 1 ? String.valueOf(TIAN_GAN.charAt((n - 1) % 10)) : Integer.toString(n);
            case "ideographZodiac":
                return n >= 1 ? String.valueOf(DI_ZHI.charAt((n - 1) % 12)) : Integer.toString(n);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
            case "ideographEnclosedCircle":
                return circled(n);
            case "decimalEnclosedParen":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return fullWidth(Integer.toString(n));
            case "decimalZero":
                return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "upperLetter":
                return letters(n, 'A');
            case "lowerLetter":
                return letters(n, 'a');
            case "upperRoman":
                return roman(n);
            case "lowerRoman":
                return roman(n).toLowerCase(Locale.ROOT);
            default:
                return Integer.toString(n);
        }
    }

    /** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ as Word draws them; decimal past 50. */
    static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) ('①' + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) ('\u3251' + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) ('\u32B1' + n - 36));
        }
        return Integer.toString(n);
    }

    /** A, B … Z, then AA, BB …: Word repeats the letter rather than counting in base 26. */
    private static String letters(int n, char a) {
        if (n < 1) {
            return Integer.toString(n);
        }
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < v.length; i++) {
            while (rest >= v[i]) {
                b.append(s[i]);
                rest -= v[i];
            }
        }
        return b.toString();
    }

    private static String digitByDigit(int n, String digits) {
        String d = Integer.toString(n);
        StringBuilder b = new StringBuilder();
        for (char c : d.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? digits.charAt(c - '0') : c);
        }
        return b.toString();
    }

    /** 壹, 贰 … 拾, 拾壹 …: the financial numerals, with the units of the ordinary ones. */
    private static String legal(int n) {
        if (n < 0) {
            return Integer.toString(n);
        }
        String plain = ChineseNumerals.format(n);
        StringBuilder b = new StringBuilder();
        for (char c : plain.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (c == '零') {
                b.append('零');
            } else if (d > 0) {
                b.append(LEGAL.charAt(d));
            } else if (c == '十') {
                b.append('拾');
            } else if (c == '百') {
                b.append('佰');
            } else if (c == '千') {
                b.append('仟');
            } else {
                b.append(c);
            }
        }
        // 十 alone at the start is 拾, but Word writes 壹拾 for ten in the legal formats
        return b.length() > 0 && b.charAt(0) == '拾' ? "壹" + b : b.toString();
    }

    private static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : c);
        }
        return b.toString();
    }
}
