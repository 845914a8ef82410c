package org.plandoc.formats.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.plandoc.formats.FormatCodes;
import org.plandoc.formats.FormatException;

/**
 * Reads a web page with jsoup: the charset from the page, the article found among
 * the page's chrome, its blocks as paragraphs, and the metadata the page states
 * outside the text (meta tags, the gov.cn metadata table).
 */
public final class HtmlReader {

    private HtmlReader() {
    }

    public static Extraction read(byte[] bytes, String name) {
        HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes);
        Document page = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        int chrome = ArticleFinder.removeChrome(page);
        Element article = ArticleFinder.find(page);
        if (article == null) {
            throw new FormatException(name, "no article in the page: it holds no running text "
                + "(only navigation and links, or an empty body)", null);
        }
        Extraction out = new Extraction();
        out.charset(decoded.charset());
        PageMetadata.Found meta = PageMetadata.read(page, article);
        out.metadata(meta.metadata());
        HtmlBlocks blocks = new HtmlBlocks(out);
        Element heading = missingTitle(page, article, meta.title());
        if (heading != null) {
            blocks.single(heading.text(), heading.tagName().charAt(1) - '0', heading.sourceRange().start().lineNumber());
        }
        blocks.article(article);
        String where = "<" + article.tagName() + (article.id().isEmpty() ? "" : " id=\"" + article.id() + "\"")
            + (article.className().isEmpty() ? "" : " class=\"" + article.className() + "\"") + "> at line "
            + Math.max(1, article.sourceRange().start().lineNumber());
        out.note(FormatCodes.PAGE_CHROME_REMOVED, "the article is " + where
            + "; the page around it (navigation, banners, links, " + (chrome + outside(page, article))
            + " characters) left out");
        if (!meta.fields().isEmpty()) {
            out.note(FormatCodes.FILE_METADATA, "metadata from the page: " + String.join(", ", meta.fields()));
        }
        return out;
    }

    /**
     * The page's heading that gives the document's title, when the article does not
     * hold it (many sites print the title in an {@code <h1>} above the text's container).
     */
    private static Element missingTitle(Document page, Element article, String title) {
        String want = squeeze(title != null ? title : page.title().split("[_|]")[0]);
        if (want.length() < 4 || squeeze(article.text()).startsWith(want)
            || squeeze(article.text()).substring(0, Math.min(squeeze(article.text()).length(), 400)).contains(want)) {
            return null;
        }
        for (Element h : page.select("h1, h2, h3")) {
            if (!h.parents().contains(article) && squeeze(h.text()).equals(want)) {
                return h;
            }
        }
        return null;
    }

    private static int outside(Document page, Element article) {
        Element body = page.body();
        return body == null ? 0 : Math.max(0, body.text().length() - article.text().length());
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
