package org.plandoc.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The size limit: a larger input is refused with one clear message, and an endless stream is not read to its end. */
class InputLimitTest {

    static final PlanParser SMALL = PlanParser.builder().maxInputSize(1000).build();
    static final String MESSAGE = "the input is larger than the limit of 1000 ";

    @Test
    void theDefaultLetsAHundredMegabytePlanThrough() {
        assertThat(PlanParser.DEFAULT_MAX_INPUT_SIZE).isEqualTo(128L * 1024 * 1024).isGreaterThan(100_000_000L);
        assertThatThrownBy(() -> PlanParser.builder().maxInputSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputUpToTheLimitIsParsedAndOneMoreIsRefused() {
        assertThat(SMALL.parse("一、总体要求\n" + "字".repeat(993)).plans()).hasSize(1);
        assertThatThrownBy(() -> SMALL.parse("字".repeat(1001)))
            .isInstanceOf(InputTooLargeException.class).isInstanceOf(UncheckedIOException.class)
            .hasMessage(MESSAGE + "chars (PlanParser.Builder.maxInputSize)");
        assertThatThrownBy(() -> SMALL.parse(new byte[1001]))
            .isInstanceOf(InputTooLargeException.class).hasMessage(MESSAGE + "bytes (PlanParser.Builder.maxInputSize)");
        assertThatThrownBy(() -> SMALL.parse(List.of(Paragraph.of("字".repeat(600)), Paragraph.of("字".repeat(600)))))
            .isInstanceOf(InputTooLargeException.class);
        assertThat(SMALL.parse(new byte[1000]).plans()).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEndlessStreamOrReaderIsReadNoFurtherThanTheLimit() {
        AtomicLong read = new AtomicLong();
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read.addAndGet(len);
                return len;
            }
        };
        InputTooLargeException e = (InputTooLargeException) org.assertj.core.api.Assertions.catchThrowable(() -> SMALL.parse(zeros));
        assertThat(e.limit()).isEqualTo(1000);
        assertThat(read.get()).isLessThanOrEqualTo(1001);
        Reader endless = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, '字');
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> SMALL.parse(endless)).isInstanceOf(InputTooLargeException.class);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[1001]);
        assertThatThrownBy(() -> SMALL.parse(file)).isInstanceOf(InputTooLargeException.class)
            .hasMessageContaining("1000 bytes");
        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            assertThatThrownBy(() -> SMALL.parse(zero)).isInstanceOf(InputTooLargeException.class);
        }
    }
}
