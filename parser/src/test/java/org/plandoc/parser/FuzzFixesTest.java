package org.plandoc.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The inputs in {@code fuzz-fixes.txt}, found by the property tests, keep every character and valid spans. */
class FuzzFixesTest {

    static final PlanParser PARSER = PlanParser.builder().build();

    static List<String> inputs() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = FuzzFixesTest.class.getResourceAsStream("/fuzz-fixes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("// ")) {
                    out.add(unescape(line));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("inputs")
    void keepsEveryCharacterAndValidSpans(String text) {
        Invariants.check(text, PARSER.parse(text));
    }

    /** {@code \n}, {@code \\} and {@code \}{@code uXXXX} as in Java. */
    static String unescape(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                b.append(c);
                continue;
            }
            char e = line.charAt(++i);
            if (e == 'n') {
                b.append('\n');
            } else if (e == 'u') {
                b.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                b.append(e);
            }
        }
        return b.toString();
    }
}
