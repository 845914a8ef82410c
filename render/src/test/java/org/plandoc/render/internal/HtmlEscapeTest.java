package org.plandoc.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.StringEscapeUtils;

/** plandoc's HTML escape is commons-text's escapeXml10, char for char, without the dependency at run time. */
class HtmlEscapeTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
            Arbitraries.strings().withChars("&<>\"'\t\n\r\u0000\u0007\u000b\u007f\u0080\u0085\u009f\ufffe\uffff\ud800\udc00a计")
                .ofMaxLength(12));
    }

    @Property(tries = 2000)
    void escapesExactlyAsEscapeXml10(@ForAll("texts") String text) {
        assertThat(HtmlWriter.escape(text)).isEqualTo(StringEscapeUtils.escapeXml10(text));
    }

    @Example
    void markupIsEscapedAndWhatHtmlCannotHoldIsDropped() {
        assertThat(HtmlWriter.escape("<b title='x'>&\"</b>")).isEqualTo("&lt;b title=&apos;x&apos;&gt;&amp;&quot;&lt;/b&gt;");
        assertThat(HtmlWriter.escape("a\u0000b\ud800c\ud83d\ude00\u0080")).isEqualTo("abc\ud83d\ude00&#128;");
        String plain = "加强党的建设";
        assertThat(HtmlWriter.escape(plain)).isSameAs(plain);
    }
}
