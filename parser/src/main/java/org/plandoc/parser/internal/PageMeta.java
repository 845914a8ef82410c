package org.plandoc.parser.internal;

import java.time.LocalDate;

/** A web page's 发布日期/信息来源 line, at a position of the logical text. */
record PageMeta(int at, LocalDate published, String source) {
}
