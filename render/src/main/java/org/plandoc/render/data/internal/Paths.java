package org.plandoc.render.data.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The path of the value a parser stands on, as messages print it: {@code plans[0].sections[1].title}. */
public final class Paths {

    private Paths() {
    }

    /** The path of the current value (or of the field, on a field name; of the closed container, on its end). */
    public static String of(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        if (ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            ctx = ctx.getParent();
        }
        List<String> steps = new ArrayList<>();
        for (; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
            if (ctx.inArray()) {
                steps.add("[" + Math.max(0, ctx.getCurrentIndex()) + "]");
            } else if (ctx.getCurrentName() != null) {
                steps.add("." + ctx.getCurrentName());
            }
        }
        Collections.reverse(steps);
        if (steps.size() > 24) {
            // a path thousands of levels deep would make the message megabytes long: keep its ends
            List<String> ends = new ArrayList<>(steps.subList(0, 10));
            ends.add("…");
            ends.addAll(steps.subList(steps.size() - 10, steps.size()));
            steps = ends;
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
