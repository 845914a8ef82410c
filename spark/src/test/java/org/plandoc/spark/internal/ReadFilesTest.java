package org.plandoc.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.plandoc.formats.FormatException;
import org.plandoc.seeds.Seeds;

/** The executor's side without a Spark session: one file to one row, whatever the file does. */
class ReadFilesTest {

    private static final Settings SETTINGS = new Settings(60_000, 2000, false, false);
    private static final int ERROR = Schemas.documents(false).fieldIndex("error");

    @Test
    void aFileIsARowOfTheDocumentsSchema() {
        byte[] seed = Seeds.text("001_158d65b1c18562e7.txt").getBytes(StandardCharsets.UTF_8);
        Row row = new ReadFiles(SETTINGS).read("hdfs://nn/archive/2024/001.txt", seed.length, seed);
        assertThat(row.size()).isEqualTo(Schemas.documents(false).size());
        assertThat(row.isNullAt(ERROR)).isTrue();
        assertThat(row.getString(1)).isEqualTo("text");
        assertThat(row.getString(5)).isEqualTo("2024年西安市卫生健康工作要点");
    }

    @Test
    void whatTheReaderThrowsIsTheRowsError() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<".getBytes(StandardCharsets.ISO_8859_1);
        Row row = new ReadFiles(SETTINGS).read("/a/b/plan.pdf", pdf.length, pdf);
        assertThat(row.getString(ERROR)).isNotBlank().doesNotStartWith("plan.pdf");
        assertThat(row.getString(1)).as("what the file is, though it cannot be read").isEqualTo("pdf");
        assertThat(row.getInt(4)).isZero();
    }

    @Test
    void reasonsNameNoFileAndSayWhatToDo() {
        assertThat(ReadFiles.reason(new FormatException("x.pdf", "the PDF is encrypted", null), "x.pdf"))
            .isEqualTo("the PDF is encrypted");
        assertThat(ReadFiles.reason(new OutOfMemoryError("Java heap space"), "x")).contains("spark.executor.memory");
        assertThat(ReadFiles.reason(new IllegalStateException("bug\nmore"), "x"))
            .isEqualTo("plandoc could not read it (java.lang.IllegalStateException: bug); please report it with the file");
        assertThat(ReadFiles.name("hdfs://nn/archive/2024/计划.txt")).isEqualTo("计划.txt");
        assertThat(ReadFiles.name("plain")).isEqualTo("plain");
    }

    @Test
    void aDecimalTooLongForTheColumnIsNullNotAFailedTask() {
        assertThat(Cells.decimal(new java.math.BigDecimal("12345678901234567890.5"))).isNotNull();
        assertThat(Cells.decimal(new java.math.BigDecimal("123456789012345678901"))).isNull();
    }
}
