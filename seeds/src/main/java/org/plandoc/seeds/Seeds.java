package org.plandoc.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents plandoc was built from and is tested on: five seed documents with
 * their hand-checked structure ({@code EXPECTED.yaml}) and targets
 * ({@code TARGETS.yaml}), and a corpus of further public plan documents, each with
 * a {@code .meta.md} giving its hand-checked outline.
 *
 * <pre>{@code
 * for (Document seed : Seeds.all()) {
 *     ParseResult result = parser.parse(seed.text());
 * }
 * String text = Seeds.text("001_158d65b1c18562e7.txt");
 * }</pre>
 *
 * <p>On disk they are in {@code seeds/src/main/resources/org/plandoc/seeds/} (the
 * corpus in its {@code corpus/} folder).
 */
public final class Seeds {

    private static final String ROOT = "/org/plandoc/seeds/";

    private Seeds() {
    }

    /** The five seed documents, in file-name order. */
    public static List<Document> all() {
        List<Document> docs = new ArrayList<>();
        for (String name : index(ROOT + "seeds.index")) {
            docs.add(new Document(name, read(ROOT + name), ""));
        }
        return List.copyOf(docs);
    }

    /** The corpus documents with their {@code .meta.md}, in file-name order. */
    public static List<Document> corpus() {
        List<Document> docs = new ArrayList<>();
        for (String name : index(ROOT + "corpus/corpus.index")) {
            String meta = read(ROOT + "corpus/" + name.replaceFirst("\\.txt$", ".meta.md"));
            docs.add(new Document(name, read(ROOT + "corpus/" + name), meta));
        }
        return List.copyOf(docs);
    }

    /**
     * The real-world documents ({@code realworld/}: 35 texts, 12 .docx, 10 gov.cn pages),
     * in the order of {@code realworld/realworld.index}, each with its hand-written
     * expectations where they exist. See {@code realworld/EXPECTATIONS.md} for their format.
     */
    public static List<RealDocument> realworld() {
        List<RealDocument> docs = new ArrayList<>();
        String base = ROOT + "realworld/";
        for (String path : index(base + "realworld.index")) {
            String name = path.substring(path.indexOf('/') + 1);
            String expected = exists(base + "expected/" + name + ".yaml") ? read(base + "expected/" + name + ".yaml") : null;
            String targets = exists(base + "targets/" + name + ".yaml") ? read(base + "targets/" + name + ".yaml") : null;
            docs.add(new RealDocument(path, bytes(base + path), expected, targets));
        }
        return List.copyOf(docs);
    }

    /**
     * The text of a seed or corpus document by file name.
     *
     * @throws IllegalArgumentException when there is no such document
     */
    public static String text(String name) {
        String path = (name.contains("/") ? ROOT : (exists(ROOT + name) ? ROOT : ROOT + "corpus/")) + name;
        return read(path);
    }

    /** {@code EXPECTED.yaml}: the hand-checked structure of each seed document. */
    public static String expectedYaml() {
        return read(ROOT + "EXPECTED.yaml");
    }

    /** {@code TARGETS.yaml}: what counts as a target, with examples. */
    public static String targetsYaml() {
        return read(ROOT + "TARGETS.yaml");
    }

    private static boolean exists(String path) {
        return Seeds.class.getResource(path) != null;
    }

    private static List<String> index(String path) {
        List<String> names = new ArrayList<>();
        for (String line : read(path).split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    private static String read(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed document " + path.substring(ROOT.length()));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
