package org.plandoc.parser;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plandoc.core.ParseResult;
import org.plandoc.seeds.Document;
import org.plandoc.seeds.Seeds;

/** Random and mutated plan text never breaks the parser or loses text. */
class PropertiesTest {

    static final PlanParser PARSER = PlanParser.builder().build();
    static final List<Document> SEEDS = Seeds.all();

    /** Strings built from the pieces plan text is made of: markers, punctuation, Han, line breaks. */
    @Provide
    Arbitrary<String> planLike() {
        Arbitrary<String> piece = Arbitraries.of("一、", "二、", "十一、", "（一）", "(二)", "(二十", "、", "1.", "2.", "1、",
            "（1）", "1)", "①", "一是", "二是", "第一章", "第二条", "第一篇：", "1.1 ", "附件1", "注：", "目录", "。", "，",
            "：", "\n", "\r\n", "\n\n", " ", "\u3000", "加强", "建设", "工作要点", "2024年3月1日", "发布日期:2022-05-31",
            "来源：网络", "...", "%o", "万例", "12", "x", "\uD800", "\t",
            // Markdown, invisible chars and the shapes that once cost quadratic time
            "# ", "### ", "- ", "\\*", "\u200B", "\uFEFF", "\u0007", "\uDC00", "X X", "１２３４", "1111", "（", "第",
            "[bookmark: a]", "1、", "2、", "年底前", "牵头单位：市卫健委");
        return piece.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Property
    void anyPlanLikeTextParses(@ForAll("planLike") String text) {
        ParseResult result = PARSER.parse(text);
        Invariants.check(text, result);
    }

    @Property
    void anyStringParses(@ForAll String text) {
        ParseResult result = PARSER.parse(text);
        Invariants.check(text, result);
    }

    @Provide
    Arbitrary<String> mutatedSeed() {
        Arbitrary<Integer> which = Arbitraries.integers().between(0, SEEDS.size() - 1);
        Arbitrary<List<int[]>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 400))
            .as((kind, at, len) -> new int[] {kind, at, len}).list().ofMaxSize(8);
        return Combinators.combine(which, edits).as((w, es) -> {
            StringBuilder b = new StringBuilder(SEEDS.get(w).text());
            for (int[] e : es) {
                int at = e[1] % Math.max(1, b.length());
                int to = Math.min(b.length(), at + e[2]);
                switch (e[0]) {
                    case 0 -> b.delete(at, to);
                    case 1 -> b.insert(at, b.substring(at, to));
                    case 2 -> b.insert(at, "\n（二十）");
                    default -> b.insert(at, "一、");
                }
            }
            return b.toString();
        });
    }

    @Property
    void mutatedSeedsParseWithoutLosingText(@ForAll("mutatedSeed") String text) {
        ParseResult result = PARSER.parse(text);
        Invariants.check(text, result);
    }
}
