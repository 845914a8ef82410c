package org.plandoc.formats.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.plandoc.core.PlanMetadata;

/**
 * What a government web page states about its document outside the text: the
 * {@code <meta>} tags many sites write ({@code ArticleTitle}, {@code PubDate},
 * {@code ContentSource}) and the metadata table of gov.cn document pages
 * (发文机关, 成文日期, 发文字号, 发布日期, 来源).
 */
final class PageMetadata {

    private PageMetadata() {
    }

    /** The metadata, and the fields read, in the page's words, for a note. */
    record Found(PlanMetadata metadata, List<String> fields, String title) {
    }

    /** The metadata of {@code page}; tables inside {@code article} are the document's own and are not read. */
    static Found read(Document page, Element article) {
        Map<String, String> table = table(page, article);
        String issuer = table.get("发文机关");
        LocalDate date = date(table.get("成文日期"));
        String number = table.get("发文字号");
        LocalDate published = date(first(table.get("发布日期"), meta(page, "PubDate"), meta(page, "pubdate")));
        String source = first(table.get("来源"), table.get("信息来源"), meta(page, "ContentSource"));
        List<String> fields = new ArrayList<>();
        add(fields, "发文机关", issuer);
        add(fields, "成文日期", date);
        add(fields, "发文字号", number);
        add(fields, "发布日期", published);
        add(fields, "来源", source);
        String title = first(table.get("标题"), meta(page, "ArticleTitle"));
        return new Found(new PlanMetadata(issuer, date, number, null, published, source), fields, title);
    }

    private static void add(List<String> fields, String name, Object value) {
        if (value != null) {
            fields.add(name + " " + value);
        }
    }

    private static String meta(Document page, String name) {
        for (Element m : page.select("meta[name]")) {
            if (m.attr("name").equalsIgnoreCase(name)) {
                String v = m.attr("content").strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /** Label cells (发文机关：) and the cell after each, from tables outside the article. */
    static Map<String, String> table(Document page, Element article) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element row : page.select("tr")) {
            if (article != null && row.parents().contains(article)) {
                continue;
            }
            List<Element> cells = row.children();
            for (int i = 0; i + 1 < cells.size(); i++) {
                String label = squeeze(cells.get(i).text());
                if (label.endsWith("：") || label.endsWith(":")) {
                    label = label.substring(0, label.length() - 1);
                }
                if (label.length() >= 2 && label.length() <= 6 && isLabel(label) && !out.containsKey(label)) {
                    String value = cells.get(i + 1).text().strip();
                    if (!value.isEmpty() && value.length() <= 200) {
                        out.put(label, value);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isLabel(String s) {
        switch (s) {
            case "发文机关": case "成文日期": case "发文字号": case "发布日期": case "来源": case "信息来源": case "标题":
                return true;
            default:
                return false;
        }
    }

    /** 2019年01月27日, 2019-01-27, 2019/1/27, 2019.01.27, with a time after it or not. */
    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        int[] parts = new int[3];
        int k = 0;
        int i = 0;
        while (i < s.length() && k < 3) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int v = 0;
                int digits = 0;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 5) {
                    v = v * 10 + s.charAt(i) - '0';
                    i++;
                    digits++;
                }
                parts[k++] = v;
            } else {
                i++;
            }
        }
        if (k < 3 || parts[0] < 1900 || parts[0] > 2200) {
            return null;
        }
        try {
            return LocalDate.of(parts[0], parts[1], parts[2]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
