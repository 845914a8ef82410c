package org.plandoc.office.internal;

import java.time.LocalDate;

/** How GB/T 9704 writes dates and document numbers, and how wide a text is on the grid. */
public final class OfficialText {

    private OfficialText() {
    }

    /** {@code 2024年3月1日}: Arabic numerals, the year in full, no leading zeros (§7.3.5). */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A 发文字号 as the standard prints it: the year in 六角括号 {@code 〔2024〕} whatever
     * brackets the source used ([2024], 【2024】, (2024), （2024）), and no 第 before the
     * sequence number.
     */
    public static String documentNumber(String number) {
        String s = number.strip();
        for (int i = 0; i + 6 <= s.length(); i++) {
            char open = s.charAt(i);
            char close = s.charAt(i + 5);
            if ("[【(（［〖〔".indexOf(open) >= 0 && "]】)）］〗〕".indexOf(close) >= 0 && digits(s, i + 1, i + 5)) {
                String rest = s.substring(i + 6);
                if (rest.startsWith("第")) {
                    rest = rest.substring(1);
                }
                return s.substring(0, i) + "〔" + s.substring(i + 1, i + 5) + "〕" + rest;
            }
        }
        return s;
    }

    /**
     * The width of {@code text} in half characters of the grid: a Chinese character or
     * full-width mark is 2, a Latin letter, digit or half-width mark 1.
     */
    public static int halfWidths(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            w += c < 0x2E80 && !(c >= 0x2010 && c <= 0x2026) ? 1 : 2;
        }
        return w;
    }

    /**
     * About how wide {@code text} is set in the 16 pt body, in twips: a full-width character is
     * a 15.7 pt advance, a Latin letter or digit half that, and a quarter character more wherever
     * Chinese meets Latin or digits, the space Word and LibreOffice put between the two scripts.
     */
    public static int width(String text) {
        int boundaries = 0;
        for (int i = 1; i < text.length(); i++) {
            if (halfWidths(text.substring(i - 1, i)) != halfWidths(text.substring(i, i + 1))) {
                boundaries++;
            }
        }
        return halfWidths(text) * Page.PITCH / 2 + boundaries * Page.PITCH / 4;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
