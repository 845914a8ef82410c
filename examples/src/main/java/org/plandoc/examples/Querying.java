package org.plandoc.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.plandoc.core.Item;
import org.plandoc.core.ItemEntry;
import org.plandoc.core.NumberPath;
import org.plandoc.core.Numbering;
import org.plandoc.core.NumberingStyle;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.core.Section;
import org.plandoc.core.Target;
import org.plandoc.render.data.DataReader;
import org.plandoc.render.data.PlandocModule;

/** The README's examples of asking the model, building it and binding it with Jackson, as a program. */
public final class Querying {

    private Querying() {
    }

    /** Lines describing {@code result}: its leaf items by number path, its commitments, an item found by path. */
    public static List<String> run(ParseResult result) throws IOException {
        List<String> out = new ArrayList<>();
        Plan plan = result.plans().get(0);

        // every item at any depth, with its parent, depth and number path (from the recovered ordinals)
        plan.items()
            .filter(e -> e.item().items().isEmpty())
            .forEach(e -> out.add(e.path() + "\t" + e.depth() + "\t" + e.item().title()));
        long commitments = result.allTargets().filter(Target::isCommitment).count();
        out.add(commitments + " commitments");
        plan.find(NumberPath.parse("七.（二十一）")).map(ItemEntry::item).ifPresent(i -> out.add("found " + i.title()));

        // built by hand: builders keep compiling when the model gains a field
        Item task = Item.builder()
            .numbering(new Numbering(NumberingStyle.ARABIC_DOT, 1, "1."))
            .title("加强建设")
            .leadUnits(List.of("市卫健委"))
            .build();
        Section section = Section.builder()
            .numbering(new Numbering(NumberingStyle.CHINESE_DUN, 1, "一、"))
            .title("总体要求")
            .items(List.of(task))
            .build();
        Plan built = Plan.builder().title("2024年工作要点").sections(List.of(section)).build();

        // Jackson: plandoc's schema in your own mapper, around your own types
        ObjectMapper mapper = JsonMapper.builder().addModule(new PlandocModule()).build();
        String json = mapper.writeValueAsString(built);
        Plan back = mapper.readValue(json, Plan.class);
        out.add(json);
        out.add(String.valueOf(back.equals(built)));

        // untrusted data: strict about unknown fields, and a smaller size limit than the default
        DataReader uploads = DataReader.builder(DataReader.Format.JSON)
            .rejectUnknownFields(true)
            .maxDocumentLength(10_000_000)
            .build();
        out.add(String.valueOf(uploads.read(mapper.writeValueAsString(result)).equals(result)));
        return out;
    }
}
