package org.plandoc.formats.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a web page: the element that holds the most running text
 * of its own, as readability tools do. Text inside links counts for nothing (menus,
 * related links), and each block's text counts for its parent and half for its
 * grandparent, so the container of the paragraphs wins over any one paragraph.
 * Chrome is taken out first: scripts, styles, navigation, headers, footers, forms,
 * and elements whose id or class names a share bar, breadcrumb, toolbar or QR code.
 */
final class ArticleFinder {

    /** Tags that are never the article. */
    private static final String CHROME_TAGS =
        "script, style, noscript, template, iframe, nav, header, footer, aside, form, button, select, input, "
            + "textarea, svg, canvas, object, embed, video, audio, map";

    /** Parts of ids and classes that name page chrome on Chinese government sites. */
    private static final String[] CHROME_NAMES = {"share", "bdshare", "jiathis", "breadcrumb", "crumb", "toolbar",
        "qrcode", "qr_", "erweima", "print", "fontsize", "font-size", "zoomsize", "related", "xgwz", "xglj",
        "comment", "navbar", "topnav", "menu", "sidebar", "banner", "advert", "pagebreak",
        "position", "location", "weizhi", "div_div"};

    /** Less running text than this (in characters) is not an article. */
    static final int MIN_TEXT = 20;

    private ArticleFinder() {
    }

    /** Removes the page's chrome in place; returns how many characters of text it held. */
    static int removeChrome(Document page) {
        int removed = 0;
        for (Element e : page.select(CHROME_TAGS)) {
            // an <article>'s own <header> holds its title
            if ((e.tagName().equals("header") || e.tagName().equals("footer")) && !e.select("h1, h2, h3").isEmpty()) {
                continue;
            }
            removed += e.text().length();
            e.remove();
        }
        for (Element e : page.getAllElements()) {
            if (e.parent() != null && isChrome(e)) {
                removed += e.text().length();
                e.remove();
            }
        }
        return removed;
    }

    private static boolean isChrome(Element e) {
        if (e.tagName().equals("body") || e.tagName().equals("html")) {
            return false;
        }
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String n : CHROME_NAMES) {
            if (names.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The article element, or null when no element holds {@link #MIN_TEXT} characters of running text. */
    static Element find(Document page) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element e : page.body() == null ? page.getAllElements() : page.body().getAllElements()) {
            int own = ownText(e);
            if (own == 0) {
                continue;
            }
            // a block that holds text directly (<div id=zoom>text<br>text</div>) may be the article itself
            score.merge(e, own, Integer::sum);
            Element parent = e.parent();
            if (parent != null) {
                score.merge(parent, own, Integer::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, own / 2, Integer::sum);
                }
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> s : score.entrySet()) {
            if (s.getValue() > bestScore || (s.getValue() == bestScore && best != null && s.getKey().parents().contains(best))) {
                best = s.getKey();
                bestScore = s.getValue();
            }
        }
        if (best == null || textLength(best) < MIN_TEXT) {
            return null;
        }
        return best;
    }

    /**
     * The characters of running text an element holds itself: its text nodes and
     * those of inline children, not of links and not of block children.
     */
    private static int ownText(Element e) {
        if (e.tagName().equals("a")) {
            return 0;
        }
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += visible(t.getWholeText());
            } else if (c instanceof Element child && HtmlBlocks.isInline(child) && !child.tagName().equals("a")) {
                n += ownText(child);
            }
        }
        return n;
    }

    private static int textLength(Element e) {
        return visible(e.text());
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                n++;
            }
        }
        return n;
    }
}
