package org.plandoc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanVisitorTest {

    static Plan plan() {
        Item a1 = ModelTest.item(1, "a1", List.of(), List.of());
        Item a = ModelTest.item(1, "a", List.of(a1), List.of(ModelTest.target("t-a")));
        Item b = ModelTest.item(2, "b", List.of(), List.of());
        Section s1 = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"), "s1", List.of(), List.of(a, b), null);
        Section s2 = new Section(new Numbering(NumberingStyle.CHINESE_DUN, 2, "二、"), "s2", List.of(), List.of(), null);
        return new Plan("p", PlanMetadata.EMPTY, List.of(), List.of(s1, s2), List.of(), null);
    }

    @Test
    void defaultWalkVisitsEveryNodeInDocumentOrder() {
        List<String> seen = new ArrayList<>();
        plan().accept(new PlanVisitor() {
            @Override
            public void visit(Plan plan) {
                seen.add("plan " + plan.title());
                visitChildren(plan);
            }

            @Override
            public void visit(Section section) {
                seen.add("section " + section.title());
                visitChildren(section);
            }

            @Override
            public void visit(Item item) {
                seen.add("item " + item.title());
                visitChildren(item);
            }

            @Override
            public void visit(Target target) {
                seen.add("target " + target.text());
            }
        });
        assertThat(seen).containsExactly("plan p", "section s1", "item a", "target t-a", "item a1", "item b", "section s2");
    }

    @Test
    void overridingOneNodeStillWalksTheRest() {
        List<String> titles = new ArrayList<>();
        plan().accept(new PlanVisitor() {
            @Override
            public void visit(Item item) {
                titles.add(item.title());
                visitChildren(item);
            }
        });
        assertThat(titles).containsExactly("a", "a1", "b");
    }

    @Test
    void notCallingVisitChildrenPrunesTheWalk() {
        List<String> titles = new ArrayList<>();
        plan().accept(new PlanVisitor() {
            @Override
            public void visit(Item item) {
                titles.add(item.title());
            }
        });
        assertThat(titles).containsExactly("a", "b");
    }
}
