package org.plandoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets for embedding (its sections "Embedding" and "Word files, web
 * pages and PDFs") compile as written: each with the imports it shows, as the body of a
 * method. {@code EmbeddingTest}, {@code QueryingTest} and {@code FormatsUsageTest} run
 * programs that mirror them; this keeps the text itself from rotting.
 */
class ReadmeSnippetsTest {

    static final List<String> SECTIONS = List.of("## Embedding", "## Word files, web pages and PDFs");

    /** The ```java blocks of the README's sections named above. */
    static List<String> snippets() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        boolean inSection = false;
        StringBuilder block = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = SECTIONS.contains(line.strip());
            } else if (inSection && block == null && line.equals("```java")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                out.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return out;
    }

    /** A snippet as a class: its imports on top, the rest as the body of a method. */
    static String asClass(String name, String snippet) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        return imports + "\nclass " + name + " {\n    static void snippet() throws Exception {\n" + body + "    }\n}\n";
    }

    @Test
    void theEmbeddingSnippetsCompileAsWritten(@TempDir Path out) throws IOException {
        List<String> snippets = snippets();
        assertThat(snippets).as("the README's embedding snippets").hasSizeGreaterThanOrEqualTo(3);
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String name = "Snippet" + (i + 1);
            String code = asClass(name, snippets.get(i));
            assertThat(code).as(name + " shows its imports").contains("import org.plandoc.");
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            });
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                "-encoding", "UTF-8", "-proc:none");
            boolean ok = javac.getTask(errors, files, null, options, null, sources).call();
            assertThat(ok).as("the README's snippets compile:\n" + errors).isTrue();
        }
    }
}
