package org.plandoc.parser.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Item;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.Plan;
import org.plandoc.core.PlanMetadata;
import org.plandoc.core.Section;
import org.plandoc.core.Severity;
import org.plandoc.core.SourceSpan;
import org.plandoc.core.Target;
import org.plandoc.parser.DiagnosticCodes;

/**
 * Step 6 of the pipeline: drafts to model records. Reads the front matter of
 * each plan (title, cover letter, metadata, preamble) and splits each node's
 * text into its title (the lead phrase) and body.
 */
final class Assembler {

    private final Logical text;
    private final Source source;
    private final Report report;
    private final PageMeta.Index pageMeta;
    private final TargetFinder targets;
    /** Units and deadlines of the plan being assembled (its year and conventions). */
    private Assignments assignments = new Assignments(null);

    Assembler(Logical text, Source source, Report report, List<PageMeta> pageMeta, TargetFinder targets) {
        this.text = text;
        this.source = source;
        this.report = report;
        this.pageMeta = new PageMeta.Index(pageMeta);
        this.targets = targets;
    }

    private record Para(int start, int end, String text) {
    }

    List<Plan> plans(List<PlanDraft> drafts) {
        List<Plan> out = new ArrayList<>();
        for (PlanDraft d : drafts) {
            Plan plan = plan(d);
            if (plan != null) {
                out.add(plan);
            }
        }
        return out;
    }

    private Plan plan(PlanDraft d) {
        List<Para> front = paragraphs(d.start, d.frontEnd());
        Front f = new Front();
        front.removeIf(p -> d.inHeader(p.start, p.end));
        for (int[] h : d.headers) {
            setAside(h[0], h[1], DiagnosticCodes.TITLE_REPEATED, "plan header");
        }
        PageMeta page = pageMeta.first(d.start, Math.max(d.end, d.start));
        f.published = page.published();
        f.source = page.source();
        readFront(front, d, f);
        // the 落款 after the outline gives the issuer and date, unless the front did (then it stays closing text)
        boolean signed = d.signatureIssuer != null && f.issuer == null && f.date == null;
        if (signed) {
            f.issuer = d.signatureIssuer;
            f.date = d.signatureDate;
        }
        assignments = new Assignments(year(f));
        planYear = year(f);
        targets.planYear(planYear);
        rules = hasArticles(d.sections);
        part = rules ? Kinds.Part.RULES : Kinds.Part.PLAN;
        List<Section> sections = new ArrayList<>();
        for (Draft s : d.sections) {
            sections.add(section(s));
        }
        PlanMetadata metadata = new PlanMetadata(f.issuer, f.date, f.documentNumber, f.recipients, f.published, f.source);
        if (sections.isEmpty() && f.title.isEmpty() && f.preamble.isEmpty() && metadata.isEmpty()) {
            return null;
        }
        int end = d.sections.isEmpty() ? d.end : d.sections.get(d.sections.size() - 1).end();
        List<String> closing = new ArrayList<>();
        if (d.closingStart >= 0) {
            for (Para p : paragraphs(d.closingStart, d.end)) {
                // the 落款 lines are the plan's issuer and date
                if (!signed || d.signature.stream().noneMatch(r -> r[0] == p.start)) {
                    closing.add(p.text);
                }
            }
            end = d.end;
        }
        part = rules ? Kinds.Part.RULES : Kinds.Part.PLAN;
        List<Target> planTargets = f.preamble.isEmpty() ? List.of() : classify(targets.find(text, f.bodyStart, d.frontEnd()));
        return new Plan(f.title, metadata, f.preamble, sections, closing, planTargets, span(d.start, end));
    }

    /**
     * The year a plan states: the last year in its title (2021年工作总结及2022年工作思路 plans 2022),
     * else its date of issue; null when none.
     */
    private static Integer year(Front f) {
        String t = f.title;
        Integer year = null;
        for (int i = 0; i + 5 <= t.length(); i++) {
            boolean digits = true;
            for (int k = i; k < i + 4; k++) {
                digits &= t.charAt(k) >= '0' && t.charAt(k) <= '9';
            }
            if (digits && t.charAt(i + 4) == '年') {
                int y = Integer.parseInt(t.substring(i, i + 4));
                if (y >= 1990 && y <= 2100) {
                    year = y;
                }
            }
        }
        return year != null ? year : f.date == null ? null : f.date.getYear();
    }

    private static final class Front {
        String title = "";
        String issuer;
        LocalDate date;
        String documentNumber;
        String recipients;
        LocalDate published;
        String source;
        final List<String> preamble = new ArrayList<>();
        /** Where the preamble may begin: after the title, or the plan's start. */
        int bodyStart;
    }

    private void readFront(List<Para> front, PlanDraft d, Front f) {
        boolean[] used = new boolean[front.size()];
        boolean[] subtitle = new boolean[front.size()];
        for (int i = 0; i < front.size(); i++) {
            String t = front.get(i).text;
            if (fields(t, f)) {
                used[i] = true;     // 成文日期：2025-01-20　来源：四川日报: a line of labelled fields
                setAside(front.get(i).start, front.get(i).end, DiagnosticCodes.PAGE_METADATA, "metadata fields (read as metadata)");
                continue;
            }
            LocalDate said = Metadata.subtitleDate(t);
            if (said != null && f.date == null) {
                // a report's subtitle dates it; the line stays in the preamble, it is not the title
                f.date = said;
                subtitle[i] = true;
                continue;
            }
            LocalDate date = Metadata.wholeDate(t);
            if (date != null && f.date == null) {
                f.date = date;
                used[i] = true;
                if (i > 0 && !used[i - 1] && issuerLike(front.get(i - 1).text)) {
                    f.issuer = front.get(i - 1).text;
                    used[i - 1] = true;
                }
            } else if (f.documentNumber == null && t.length() <= 50 && t.endsWith("号")
                    && (t.contains("〔") || t.contains("[") || t.contains("［"))) {
                f.documentNumber = t;
                used[i] = true;
            } else if (f.recipients == null && t.length() <= 300 && (t.endsWith("：") || t.endsWith(":"))
                    && t.length() >= 3 && !Titles.hasPlanWord(t) && looksLikeRecipients(t)) {
                f.recipients = t.substring(0, t.length() - 1);
                used[i] = true;
            }
        }
        f.bodyStart = d.start;
        int title = chooseTitle(front, used, subtitle, d);
        for (int i = 0; i < front.size() && d.titleStart >= 0; i++) {
            if (front.get(i).start >= d.titleStart) {
                title = used[i] ? title : i;      // the outline already knows the title line
                break;
            }
        }
        if (title >= 0) {
            // a title wrapped over two or three lines (国务院办公厅关于有效发挥政府性 / 融资担保基金作用…和 /
            // “三农”发展的指导意见): the lines before it join it up to the one that names the issuer 关于 …
            int first = title;
            if (Titles.hasPlanWord(front.get(title).text)) {
                for (int k = 1; k <= 2 && title - k >= 0; k++) {
                    if (!titlePart(front.get(title - k), used[title - k])) {
                        break;
                    }
                    String part = front.get(title - k).text;
                    if (part.contains("关于") || endsInConnective(part) && k == 1) {
                        first = title - k;
                    }
                }
            }
            StringBuilder joined = new StringBuilder();
            for (int k = first; k <= title; k++) {
                joined.append(front.get(k).text);
                used[k] = true;
            }
            f.title = cleanTitle(new Para(front.get(first).start, front.get(title).end, joined.toString()));
            used[title] = true;
            f.bodyStart = front.get(title).end;
        } else if (!d.headerTitle.isEmpty()) {
            f.title = Titles.stripGlued(d.headerTitle);
        }
        for (int i = 0; i < front.size(); i++) {
            if (used[i]) {
                continue;
            }
            Para p = front.get(i);
            if (title >= 0 && i < title) {
                setAside(p.start, p.end, DiagnosticCodes.OUTSIDE_PLAN, "text before the plan title");
            } else if (f.title.isEmpty() && f.preamble.isEmpty() && title < 0) {
                f.title = gluedTitle(p, f.preamble);
            } else {
                f.preamble.add(p.text);
            }
        }
    }

    /**
     * Reads a line made wholly of labelled metadata fields separated by blanks, as a web
     * page's information box and plandoc's own Markdown print them (发文机关：… 发文字号：…
     * 成文日期：… 发布日期：… 来源：…); false, reading nothing, when any part of it is not one.
     */
    private static boolean fields(String t, Front f) {
        String[] parts = Chars.trim(t).split("[ \u3000\t]+");
        String[][] read = new String[parts.length][];
        for (int k = 0; k < parts.length; k++) {
            int colon = parts[k].indexOf('：') >= 0 ? parts[k].indexOf('：') : parts[k].indexOf(':');
            if (colon <= 0 || colon == parts[k].length() - 1) {
                return false;
            }
            String label = parts[k].substring(0, colon);
            String value = parts[k].substring(colon + 1);
            boolean date = label.equals("成文日期") || label.equals("发布日期");
            if (!(date || label.equals("发文机关") || label.equals("文号") || label.equals("发文字号") || label.equals("来源"))
                    || date && Metadata.wholeDate(value) == null) {
                return false;
            }
            read[k] = new String[] {label, value};
        }
        for (String[] field : read) {
            switch (field[0]) {
                case "发文机关" -> f.issuer = f.issuer == null ? field[1] : f.issuer;
                case "成文日期" -> f.date = f.date == null ? Metadata.wholeDate(field[1]) : f.date;
                case "发布日期" -> f.published = f.published == null ? Metadata.wholeDate(field[1]) : f.published;
                case "来源" -> f.source = f.source == null ? field[1] : f.source;
                default -> f.documentNumber = f.documentNumber == null ? field[1] : f.documentNumber;
            }
        }
        return true;
    }

    private static boolean issuerLike(String t) {
        return t.length() >= 3 && t.length() <= 40 && t.indexOf('，') < 0 && t.indexOf('。') < 0
            && t.indexOf(',') < 0 && t.indexOf('：') < 0;
    }

    /**
     * 各区县卫生健康局, 各省、自治区、直辖市人民政府，国务院各部委、各直属机构: bodies
     * addressed by the document — not a salutation (各位代表) nor a lead-in (主要目标是).
     */
    private static boolean looksLikeRecipients(String t) {
        String list = t.substring(0, t.length() - 1);
        if (list.startsWith("各位") || list.startsWith("同志")) {
            return false;
        }
        for (String group : list.split("[，,；;]")) {
            if (group.isBlank()) {
                continue;
            }
            String[] parts = group.split("、");
            // 各省、自治区、直辖市人民政府: words in a row of 、 share the head noun of the last one
            String head = parts[parts.length - 1].strip();
            if (!recipient(head)) {
                return false;
            }
            for (int k = 0; k < parts.length - 1; k++) {
                String u = parts[k].strip();
                if (!recipient(u) && !sharesHead(u)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 各直属机构, 国务院各部委, 市卫生健康委: one body addressed, or every body of a kind. */
    private static boolean recipient(String u) {
        return !u.isEmpty() && (u.startsWith("各") || Assignments.bodyName(u));
    }

    /** 自治区 in 各省、自治区、直辖市人民政府: a short name of a kind of place or body, all Han. */
    private static boolean sharesHead(String u) {
        if (u.isEmpty() || u.length() > 8) {
            return false;
        }
        for (int k = 0; k < u.length(); k++) {
            if (!Chars.han(u.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code later} is part of {@code earlier} without being the plan that {@code earlier}
     * issues (印发《later》的通知, or with no brackets: 关于印发later的通知).
     */
    private static boolean repeatsPartOf(String later, String earlier) {
        return earlier.contains(later) && !earlier.contains("《" + later + "》") && !earlier.contains("印发" + later);
    }

    /** Whether a line before a title may be part of it: short, a heading's words, no plan word of its own. */
    private static boolean titlePart(Para p, boolean used) {
        String t = p.text;
        return !used && t.length() <= 30 && Titles.titleLike(t) && !Titles.hasPlanWord(t);
    }

    /** …的, …和: a line that needs the next one. */
    private static boolean endsInConnective(String t) {
        return "的和与及于在对并或、".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private int chooseTitle(List<Para> front, boolean[] used, boolean[] subtitle, PlanDraft d) {
        int best = -1;
        int any = -1;
        for (int i = 0; i < front.size(); i++) {
            if (used[i] || subtitle[i] || !Titles.titleLike(front.get(i).text)) {
                continue;
            }
            if (d.attachment && d.headerTitle.isEmpty()) {
                return i;       // an attachment's title is the line after 附件N
            }
            if (!Closing.issuerLike(front.get(i).text)) {
                any = i;        // a body's name alone (a site's banner 某某市人民政府) names no document
            }
            // the last title-like line with a plan word, unless it only repeats part of an earlier one
            // (2026年宁夏回族自治区政府工作报告 … 政府工作报告)
            // (the earlier title with the line before it, which a wrapped title continues: 关于印发 / X的通知)
            if (Titles.hasPlanWord(front.get(i).text) && (best < 0 || !repeatsPartOf(front.get(i).text,
                    (best > 0 ? front.get(best - 1).text : "") + front.get(best).text))) {
                best = i;
            }
        }
        if (d.attachment && !d.headerTitle.isEmpty()) {
            return -1;
        }
        return best >= 0 ? best : any;
    }

    private String cleanTitle(Para p) {
        // a title once written in Markdown keeps its heading marks in front: # 工作要点
        String text = p.text.substring(Math.min(p.text.length(),
            MarkerScanner.skipLinePrefix(this.text, p.start, p.end) - p.start));   // on the logical text: \* stays
        String stripped = Titles.stripGlued(text);
        if (stripped.length() < Chars.trim(text).length()) {     // heading marks alone are no glued words
            report.add(Severity.INFO, DiagnosticCodes.TITLE_REPEATED, "words glued to the title dropped: "
                + Report.quote(text.substring(stripped.length())), span(p.start, p.end));
        }
        return stripped;
    }

    /**
     * A title run into the first paragraph: printed twice (a sharing site's copy),
     * or ending in a plan word just before the first sentence.
     */
    private String gluedTitle(Para p, List<String> preamble) {
        String t = p.text;
        for (int k = 6; k <= Math.min(80, t.length() / 2); k++) {
            if (t.startsWith(t.substring(0, k), k)) {
                report.add(Severity.INFO, DiagnosticCodes.TITLE_REPEATED, "title printed twice: "
                    + Report.quote(t.substring(k, 2 * k)), span(p.start + k, p.start + 2 * k));
                addRest(preamble, t.substring(2 * k));
                return cleanTitle(new Para(p.start, p.start + k, t.substring(0, k)));
            }
        }
        int limit = t.length();
        for (int i = 0; i < t.length() && i < 100; i++) {
            char c = t.charAt(i);
            if (c == '，' || c == ',' || c == '。' || c == '：' || c == ':' || c == '；' || Chars.fullStop(t, i)) {
                limit = i;
                break;
            }
        }
        int end = limit <= 100 ? Titles.lastPlanWordEnd(t, limit) : -1;
        if (end >= 4 && end < t.length()) {
            addRest(preamble, t.substring(end));
            return cleanTitle(new Para(p.start, p.start + end, t.substring(0, end)));
        }
        String later = titleAfterChrome(p, preamble);
        if (later != null) {
            return later;
        }
        preamble.add(t);
        return "";
    }

    /** How far into a run-on opening a title is looked for. */
    private static final int MAX_OPENING = 200;

    /**
     * A page whose line breaks were lost runs its chrome into the title
     * (下载打印全屏收藏【字号：加大还原减小】2026年某省政府工作报告——2026年…): the first stretch between
     * punctuation marks that names a plan, before the first sentence ends and before the
     * salutation, holds the title, from the last bracket or blank before its first plan word to
     * that word (and to another close after it); what stands before it is set aside. Null when
     * there is none.
     */
    private String titleAfterChrome(Para p, List<String> preamble) {
        String t = p.text;
        int segStart = 0;
        int opening = Math.min(t.length(), MAX_OPENING);
        for (int i = 0; i <= opening; i++) {
            // a sentence (its end, or a comma: a title stands before any sentence runs) or the
            // salutation: the opening ends with the stretch before it
            boolean last = i == opening || Closing.turnsToAudience(t, i) || t.charAt(i) == '。' || t.charAt(i) == '！'
                || t.charAt(i) == '？' || t.charAt(i) == '，' || t.charAt(i) == ',' || Chars.fullStop(t, i);
            if (!last && "，,：:；;".indexOf(t.charAt(i)) < 0) {
                continue;
            }
            // its first plan word, and a later one close after it with no blank between (总体规划（2018—2035年）的批复)
            int end = Titles.firstPlanWordEnd(t, segStart, i);
            for (int next = end; next > 0; ) {
                next = Titles.firstPlanWordEnd(t, end, i);
                boolean close = next > 0 && next - end <= 16;
                for (int k = end; close && k < next; k++) {
                    close = !Chars.blank(t.charAt(k));
                }
                next = close ? next : -1;
                end = close ? next : end;
            }
            if (end > 0 && end < t.length()) {
                int start = segStart;
                for (int k = segStart; k < end; k++) {
                    if ("】]>|".indexOf(t.charAt(k)) >= 0 || Chars.blank(t.charAt(k))) {
                        start = k + 1;
                    }
                }
                String title = t.substring(start, end);
                if (end - start >= 4 && Titles.titleLike(title)) {
                    setAside(p.start, p.start + start, DiagnosticCodes.OUTSIDE_PLAN, "text before the plan title");
                    addRest(preamble, t.substring(end));
                    return cleanTitle(new Para(p.start + start, p.start + end, title));
                }
            }
            if (last) {
                return null;
            }
            segStart = i + 1;
        }
        return null;
    }

    private static void addRest(List<String> preamble, String rest) {
        String r = Chars.trim(rest);
        if (!r.isEmpty()) {
            preamble.add(r);
        }
    }

    private void setAside(int start, int end, String code, String what) {
        String t = Chars.trim(text.text(start, end));
        if (!t.isEmpty()) {
            report.add(Severity.INFO, code, what + " set aside: " + Report.quote(t), span(start, end));
        }
    }

    /** A node's own paragraphs: after its marker, and after children that lived in one paragraph. */
    private List<Para> own(Draft d) {
        List<Para> own = paragraphs(d.contentStart, d.ownEnd);
        for (int[] r : d.extras) {
            own.addAll(paragraphs(r[0], r[1]));
        }
        return own;
    }

    /** The targets of a node's own text, each with its kind. */
    private List<Target> ownTargets(Draft d) {
        List<Target> found = targets.find(text, d.contentStart, d.ownEnd);
        if (!d.extras.isEmpty()) {
            found = new ArrayList<>(found);
            for (int[] r : d.extras) {
                found.addAll(targets.find(text, r[0], r[1]));
            }
        }
        return classify(found);
    }

    /** The part the node being assembled stands in, for the kind of its quantities (see {@link Kinds}). */
    private Kinds.Part part = Kinds.Part.PLAN;
    private Integer planYear;
    private boolean rules;

    private List<Target> classify(List<Target> found) {
        if (found.isEmpty()) {
            return found;
        }
        List<Target> out = new ArrayList<>(found.size());
        for (Target t : found) {
            out.add(t.span() == null ? t : t.withKind(Kinds.of(source, t.span().start(), t.span().end(), t.unit(), part)));
        }
        return out;
    }

    /** Whether a plan's outline has articles (第一条): a regulation, whose quantities bind others. */
    private static boolean hasArticles(List<Draft> nodes) {
        for (Draft d : nodes) {
            if (d.style == NumberingStyle.ARTICLE || hasArticles(d.children)) {
                return true;
            }
        }
        return false;
    }

    private Section section(Draft d) {
        List<Para> own = own(d);
        List<String> body = new ArrayList<>();
        String title = splitTitle(own, body, d, true);
        part = rules ? Kinds.Part.RULES : Kinds.reviewHeading(title, planYear) ? Kinds.Part.REVIEW : Kinds.Part.PLAN;
        // （商务部负责） after a section's own text: the section's units, as for an item
        Assignments.Found who = assignments.find(ownText(d));
        List<Item> items = new ArrayList<>();
        for (Draft c : d.children) {
            items.add(item(c));
        }
        return new Section(numbering(d), title, body, items, ownTargets(d), who.lead(), who.supporting(), who.deadline(),
            span(d.start, d.end()));
    }

    /** A node's own text: after its marker up to its first child, and after children that lived in one paragraph. */
    private String ownText(Draft d) {
        StringBuilder b = new StringBuilder(text.text(d.contentStart, Math.max(d.contentStart, d.ownEnd)));
        d.extras.forEach(r -> b.append('\n').append(text.text(r[0], r[1])));
        return b.toString();
    }

    private Item item(Draft d) {
        List<Para> own = own(d);
        List<String> rest = new ArrayList<>();
        // an article (第一条) of a regulation is a provision, never a heading
        String title = splitTitle(own, rest, d, false);
        List<Item> children = new ArrayList<>();
        for (Draft c : d.children) {
            children.add(item(c));
        }
        List<Target> found = ownTargets(d);
        Assignments.Found who = assignments.find(ownText(d));
        return new Item(numbering(d), title, String.join("\n", rest), children, found, who.lead(), who.supporting(),
            who.deadline(), span(d.start, d.end()));
    }

    /**
     * A node's title: the lead of its first paragraph — the whole line when it has
     * no full stop (a heading on its own line), else the lead sentence up to the first 。 when more
     * text follows it (commas and all: 聚焦服务和融入构建新发展格局，充分挖掘释放内需潜力);
     * for an enumeration inside a paragraph (一是…) its lead clause up to the first 。
     * or ；. A node that is one sentence or one clause of a list (…。 or …； and
     * nothing after it) is titled by it when it is short enough to name a task
     * (统筹规划；), and is text without a title when it is longer: a statement, not a
     * name. An article (第一条) is a provision and has no title. What is not title
     * goes to {@code rest}.
     */
    private static String splitTitle(List<Para> own, List<String> rest, Draft d, boolean section) {
        if (own.isEmpty()) {
            return "";
        }
        if (own.get(0).start >= Math.max(d.contentStart, d.ownEnd)) {
            // its line holds nothing but a list of its own (第一章：①一、…): a later paragraph, after that
            // list (二、…), is never its title
            own.forEach(p -> rest.add(p.text));
            return "";
        }
        String first = own.get(0).text;
        int stop = leadEnd(first, d.inline);
        // a line that only names units or a deadline (牵头单位：…) is a note on the item, not more text
        boolean alone = d.children.isEmpty() && own.stream().skip(1).allMatch(p -> Assignments.isNote(p.text));
        boolean sentence = stop >= first.length() - 1 && alone && !d.inline
            && (stop < first.length() || endsClause(first)) && first.length() > MAX_ENTRY_TITLE;
        if (d.style == NumberingStyle.ARTICLE || sentence) {
            own.forEach(p -> rest.add(p.text));
            return "";
        }
        // a section's heading run into its first paragraph (the text lost its line breaks)
        // (a lead that no 。 ends is all heading: 一、坚持强保障惠民生,建立…体系 before its (一))
        int heading = section && stop < first.length() ? RunOnHeading.end(first.substring(0, stop), d.inline) : -1;
        if (heading > 0) {
            stop = heading - 1;
        }
        String title = Chars.trim(first.substring(0, heading > 0 ? heading : stop));
        while (!title.isEmpty() && LEAD_END.indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = Chars.trim(title.substring(0, title.length() - 1));
        }
        if (title.isEmpty()) {
            own.forEach(p -> rest.add(p.text));     // a lead of punctuation only is text, not lost
            return "";
        }
        addRest(rest, first.substring(Math.min(first.length(), stop + 1)));
        for (int i = 1; i < own.size(); i++) {
            rest.add(own.get(i).text);
        }
        return title;
    }

    /** The longest one-sentence entry that is read as a title (a name) rather than as a statement. */
    private static final int MAX_ENTRY_TITLE = 40;

    /** Whether a paragraph ends a clause of a list (；) rather than standing as a heading. */
    private static boolean endsClause(String p) {
        char last = p.charAt(p.length() - 1);
        return last == '；' || last == ';';
    }

    /** Punctuation that ends a lead and is not part of the title. */
    private static final String LEAD_END = "。；;：:！？!?，,、";

    /**
     * Index of the char that ends the lead of {@code p}: its first 。 (or ；, in a clause; a "." that
     * stands for 。, ! and ? in text typed with half-width punctuation), else its end.
     */
    private static int leadEnd(String p, boolean clause) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || Chars.fullStop(p, i)
                    || (clause && (c == '；' || c == ';'))) {
                return i;
            }
        }
        return p.length();
    }

    private Numbering numbering(Draft d) {
        // equal numberings (1. in every section that restarts) share one record
        return numberings.computeIfAbsent(new Numbering(d.style, d.ordinal, d.label), n -> n);
    }

    private final java.util.Map<Numbering, Numbering> numberings = new java.util.HashMap<>();

    private List<Para> paragraphs(int from, int to) {
        List<Para> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && text.charAt(j) != '\n') {
                j++;
            }
            int s = Chars.skipBlank(text, i, j);
            int e = Chars.trimEnd(text, s, j);
            if (e > s) {
                out.add(new Para(s, e, text.text(s, e)));
            }
            i = j + 1;
        }
        return out;
    }

    private SourceSpan span(int start, int end) {
        int e = Math.min(end, text.length());
        while (e > start && (Chars.blank(text.charAt(e - 1)) || text.charAt(e - 1) == '\n')) {
            e--;
        }
        int length = source.text.length();
        int s = text.origin(start, length);
        return source.span(s, Math.max(s, text.originEnd(e, length)));
    }
}
