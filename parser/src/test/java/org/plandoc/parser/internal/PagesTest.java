package org.plandoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page numbers and running headers, and the lines of a document that only look like them. */
class PagesTest {

    /** A flattened table: a row's number, item, what it does, who, and a scope that several rows share. */
    static String[] table(int rows) {
        List<String> lines = new ArrayList<>(List.of("第二批支持创新相关改革举措推广清单", "", "序号", "改革举措", "主要内容", "负责单位", "推广范围", ""));
        for (int r = 1; r <= rows; r++) {
            lines.addAll(List.of("改革举措第" + r + "项", "", "将职称评审和人才引进自主权下放给地方高校，允许高校自主开展。", "",
                "教育部、人力资源社会保障部", "", r % 3 == 0 ? "8个改革试验区域" : "全国", ""));
        }
        return lines.toArray(new String[0]);
    }

    @Test
    void aTableCellRepeatedAtIntervalsIsNoRunningHeader() {
        String[] lines = table(12);
        byte[] kind = new Pages(lines).run().kind;
        for (int l = 0; l < lines.length; l++) {
            assertThat(kind[l]).as(lines[l]).isEqualTo(Pages.TEXT);
        }
    }

    @Test
    void aTitleRepeatedAtThePageTopsIsARunningHeader() {
        List<String> lines = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            lines.add("某市2024年卫生健康工作要点");
            for (int k = 0; k < 20; k++) {
                lines.add("全面提升公共卫生服务能力，推动卫生健康事业高质量发展第" + page + "页第" + k + "行");
            }
        }
        byte[] kind = new Pages(lines.toArray(new String[0])).run().kind;
        assertThat(kind[0]).isEqualTo(Pages.TEXT);      // the document's own title
        assertThat(kind[21]).isEqualTo(Pages.HEADER);
        assertThat(kind[63]).isEqualTo(Pages.HEADER);
    }
}
