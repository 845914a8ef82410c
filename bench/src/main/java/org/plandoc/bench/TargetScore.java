package org.plandoc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Item;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.core.TargetKind;

/**
 * How the targets plandoc finds in one document compare with its hand-written
 * annotation ({@code realworld/targets/*.yaml}): an extracted target matches an
 * annotated quantity when its span overlaps an occurrence of the annotated text
 * and its value (as printed or normalized) is the annotated value. Counted for
 * commitments: found, missed, spurious (and of the spurious, how many are an
 * annotated result or penalty), and whether the indicator is right.
 */
public final class TargetScore {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record Annotated(String text, TargetKind kind, String indicator, BigDecimal value, List<int[]> at) {
    }

    final String document;
    int annotated;
    int found;
    int spurious;
    int pastOrPenalty;
    int indicatorRight;
    private final List<String> problems = new ArrayList<>();

    private TargetScore(String document) {
        this.document = document;
    }

    /** Scores the targets of {@code result}, parsed from {@code source}, against the annotation {@code yaml}. */
    public static TargetScore of(String document, String yaml, String source, ParseResult result) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("annotation of " + document + " is not YAML: " + e.getMessage(), e);
        }
        List<Annotated> truth = new ArrayList<>();
        for (JsonNode t : root.path("targets")) {
            String text = t.path("text").asText();
            List<int[]> at = new ArrayList<>();
            for (int k = source.indexOf(text); k >= 0; k = source.indexOf(text, k + 1)) {
                at.add(new int[] {k, k + text.length()});
            }
            if (at.isEmpty()) {
                throw new IllegalArgumentException(document + ": annotated text not in the document: " + text);
            }
            truth.add(new Annotated(text, TargetKind.fromId(t.path("kind").asText()), t.path("indicator").asText(""),
                t.path("value").decimalValue(), at));
        }
        TargetScore s = new TargetScore(document);
        s.score(truth, all(result));
        return s;
    }

    private void score(List<Annotated> truth, List<Target> extracted) {
        boolean[] used = new boolean[truth.size()];
        for (Target t : extracted) {
            int k = match(t, truth, used);
            Annotated a = k >= 0 ? truth.get(k) : null;
            if (k >= 0) {
                used[k] = true;
            }
            if (!t.isCommitment()) {
                continue;
            }
            if (a != null && a.kind() == TargetKind.COMMITMENT) {
                found++;
                if (OutlineScore.squeeze(t.indicator()).equals(OutlineScore.squeeze(a.indicator()))) {
                    indicatorRight++;
                } else {
                    problems.add("indicator of " + a.text() + ": expected " + a.indicator() + ", found " + t.indicator());
                }
            } else {
                spurious++;
                if (a != null && (a.kind() == TargetKind.RESULT || a.kind() == TargetKind.PENALTY)) {
                    pastOrPenalty++;
                }
                problems.add("not a commitment" + (a == null ? "" : " (" + a.kind().id() + ")") + ": " + t.text());
            }
        }
        for (int k = 0; k < truth.size(); k++) {
            if (truth.get(k).kind() == TargetKind.COMMITMENT) {
                annotated++;
                boolean hit = false;
                for (Target t : extracted) {
                    if (t.isCommitment() && overlaps(t, truth.get(k)) && sameValue(t, truth.get(k))) {
                        hit = true;
                        break;
                    }
                }
                if (!hit) {
                    problems.add("missed commitment: " + truth.get(k).text());
                }
            }
        }
    }

    private static int match(Target t, List<Annotated> truth, boolean[] used) {
        int free = -1;
        int any = -1;
        for (int k = 0; k < truth.size(); k++) {
            if (overlaps(t, truth.get(k)) && sameValue(t, truth.get(k))) {
                if (!used[k] && free < 0) {
                    free = k;
                }
                any = any < 0 ? k : any;
            }
        }
        return free >= 0 ? free : any;
    }

    private static boolean overlaps(Target t, Annotated a) {
        if (t.span() == null) {
            return false;
        }
        for (int[] r : a.at()) {
            if (t.span().start() < r[1] && r[0] < t.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(Target t, Annotated a) {
        if (a.value() == null || t.value() == null) {
            return a.value() == null && t.value() == null;
        }
        return a.value().compareTo(t.value()) == 0
            || (t.normalized() != null && a.value().compareTo(t.normalized().value()) == 0);
    }

    /** Every target of every plan: preamble, sections, items at any depth. */
    static List<Target> all(ParseResult result) {
        List<Target> out = new ArrayList<>();
        for (Plan p : result.plans()) {
            out.addAll(p.targets());
            for (Section s : p.sections()) {
                out.addAll(s.targets());
                items(s.items(), out);
            }
        }
        return out;
    }

    private static void items(List<Item> items, List<Target> out) {
        for (Item i : items) {
            out.addAll(i.targets());
            items(i.items(), out);
        }
    }

    public String document() {
        return document;
    }

    /** What is wrong, one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
