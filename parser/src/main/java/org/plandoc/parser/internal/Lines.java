package org.plandoc.parser.internal;

/**
 * What a line of the logical text is, for the outline: where a plan begins (附件,
 * 第一篇, a Markdown title), where its closing begins (注：, 名词解释, a list of
 * attachments in the 落款), whether a marker stands at a sentence boundary. Reads
 * the text, keeps no state.
 */
final class Lines {

    private final Logical text;
    private final int n;

    Lines(Logical text) {
        this.text = text;
        this.n = text.length();
    }

    /** 附件, 附件1, 附件：X: a line that heads an attachment (or lists the attachments). */
    boolean isAttachment(int i, int lineEnd) {
        return text.charAt(i) == '附' && lineEnd - i <= 60 && Cleaner.isAttachment(text.text(i, lineEnd));
    }

    /** "# 工作要点": a level-1 Markdown heading that holds no marker is a plan's title. */
    boolean isMarkdownTitle(int i, int lineEnd) {
        if (lineEnd - i < 3 || text.charAt(i) != '#' || text.charAt(i + 1) != ' ') {
            return false;
        }
        int j = Chars.skipBlank(text, i + 2, lineEnd);
        return MarkerScanner.scan(text, j, lineEnd, true) == null && Titles.titleLike(Chars.trim(text.text(j, lineEnd)));
    }

    boolean isNotes(int i, int lineEnd) {
        if (text.charAt(i) != '注' && text.charAt(i) != '备') {
            return false;
        }
        String t = text.text(i, Math.min(lineEnd, i + 4));
        return t.startsWith("注：") || t.startsWith("注:") || t.startsWith("备注：") || t.startsWith("备注:");
    }

    /** 名词解释, 名词注释, 《政府工作报告》有关内容名词注释: the heading of a glossary. */
    boolean isGlossary(int i, int lineEnd) {
        if (lineEnd - i > 40) {
            return false;
        }
        String t = Chars.trim(text.text(i, lineEnd)).replace("：", "").replace(":", "");
        return t.endsWith("名词解释") || t.endsWith("名词注释") || t.equals("注释") || t.equals("附注");
    }

    /** 附件2 名词解释, or 附件 with a glossary heading on the next line. */
    boolean glossaryAttachment(int i, int lineEnd) {
        int j = i + 2;
        while (j < lineEnd && !Chars.han(text.charAt(j)) && text.charAt(j) != '《') {
            j++;
        }
        if (j < lineEnd && isGlossary(j, lineEnd)) {
            return true;
        }
        int next = Chars.skipBlank(text, lineEnd + 1, n);
        return next < n && isGlossary(next, lineEnd(next));
    }

    /**
     * 附件：第二批…清单 in a notice's last lines: the list of its attachments, not an
     * attachment — a date line (the 落款) follows within a few paragraphs, or the
     * title it names stands again on a line of its own, heading the attachment itself.
     * Returns the title it names, or null when the line is an attachment's header.
     */
    String attachmentList(int i, int lineEnd) {
        String line = Chars.trim(text.text(i, lineEnd));
        int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
        String title = colon < 0 ? "" : Chars.trim(line.substring(colon + 1));
        // 附件：1.第二批…清单: the first of a numbered list of attachments
        int k = 0;
        while (k < title.length() && Character.isDigit(title.charAt(k))) {
            k++;
        }
        if (k > 0 && k < title.length() && (title.charAt(k) == '.' || title.charAt(k) == '．' || title.charAt(k) == '、')) {
            title = Chars.trim(title.substring(k + 1));
        }
        int p = lineEnd + 1;
        for (int q = 0; q < 10 && p < n; q++) {
            int e = lineEnd(p);
            // the attachment's title as a Markdown heading (# 第二批…清单) is the title too: its marks are markup
            String t = Chars.trim(text.text(p, e)).replaceFirst("^#{1,6}[ \t]+", "");
            if ((q < 6 && Metadata.wholeDate(t) != null) || (!title.isEmpty() && t.equals(title))) {
                return title.isEmpty() ? null : title;
            }
            p = e + 1;
        }
        return null;
    }

    int lineEnd(int i) {
        int j = i;
        while (j < n && text.charAt(j) != '\n') {
            j++;
        }
        return j;
    }

    /** 第一篇：… opens a plan of a compilation; 第一部分 with a heading may be a section. */
    boolean isPlanHeader(Marker m, int lineEnd) {
        return text.charAt(m.labelEnd() - 1) == '篇' && lineEnd - m.contentStart() <= 80;
    }

    /** Whether a marker at {@code i} stands at the start of a sentence (or of a line). */
    boolean sentenceBoundary(int i) {
        int j = i - 1;
        while (j >= 0 && Chars.blank(text.charAt(j))) {
            j--;
        }
        if (j < 0 || text.charAt(j) == '\n') {
            return true;
        }
        char p = text.charAt(j);
        if (Chars.endsSentence(text, j)) {
            return true;
        }
        // OCR reads "‰" and "%。" as "%o": the sentence ended there
        if ((p == 'o' || p == 'O') && j > 0 && (text.charAt(j - 1) == '%' || text.charAt(j - 1) == '％')) {
            return true;
        }
        return Chars.closes(p) && j > 0 && Chars.endsSentence(text, j - 1);
    }

}
