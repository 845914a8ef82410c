package org.plandoc.formats.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a PDF's running text: page numbers ({@code — 1 —}, {@code - 1 -},
 * {@code 第1页 共9页}, {@code 3/9}) at the top or bottom of a page, and headers
 * and footers that repeat at the same place on many pages (numbers in them may
 * change). The lines found are removed from the text and reported.
 */
final class RunningText {

    /** The part of a page's height, at the top and at the bottom, where running text stands. */
    private static final float BAND = 0.12f;

    private RunningText() {
    }

    /** The lines to remove, and per removed text (digits as #) the pages it stood on, for the report. */
    record Found(Set<PdfLine> lines, Map<String, Integer> pagesByText) {
    }

    static Found find(List<PdfLine> lines, PdfLines pages) {
        // the first and last two lines of each page that stand in the bands are the candidates
        List<PdfLine> candidates = new ArrayList<>();
        Map<Integer, List<PdfLine>> byPage = new LinkedHashMap<>();
        for (PdfLine l : lines) {
            byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        }
        for (List<PdfLine> page : byPage.values()) {
            int n = page.size();
            for (int i = 0; i < n; i++) {
                if (i < 2 || i >= n - 2) {
                    PdfLine l = page.get(i);
                    float height = pages.pageSize(l.page())[1];
                    boolean top = l.top() < height * BAND;
                    boolean bottom = l.top() > height * (1 - BAND);
                    if (top || bottom || (i == n - 1 && isPageNumber(l.text()))) {
                        candidates.add(l);
                    }
                }
            }
        }
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (PdfLine l : candidates) {
            pagesOf.computeIfAbsent(shape(l.text()), k -> new HashSet<>()).add(l.page());
        }
        int repeated = Math.max(3, (byPage.size() + 1) / 2);
        Set<PdfLine> remove = new HashSet<>();
        Map<String, Integer> report = new LinkedHashMap<>();
        for (PdfLine l : candidates) {
            String shape = shape(l.text());
            int onPages = pagesOf.get(shape).size();
            if (isPageNumber(l.text()) || (onPages >= repeated && byPage.size() >= 3)) {
                remove.add(l);
                report.merge(shape, 1, Integer::sum);
            }
        }
        return new Found(remove, report);
    }

    /** The text with its digits as # and no blanks: the same header on every page has one shape. */
    static String shape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            b.append(Character.isDigit(c) ? '#' : c);
        }
        return b.toString().replaceAll("#+", "#");
    }

    /** — 1 —, - 1 -, －1－, 1, 第1页, 第 1 页 共 9 页, 1/9, Page 1 of 9, ·1·. */
    static boolean isPageNumber(String text) {
        String s = shape(text).toLowerCase(java.util.Locale.ROOT);
        String core = s.replaceAll("^[-—－–_·•\\[（(]+", "").replaceAll("[-—－–_·•\\]）)]+$", "");
        return core.equals("#") || core.matches("第#页(,?共#页)?") || core.matches("#/#") || core.matches("共#页第#页")
            || core.matches("page#(of#)?");
    }
}
