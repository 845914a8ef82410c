package org.plandoc.office.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code DocxRenderer} was built with.
 *
 * @param canonicalNumbering number 一、（一）1.（1）, or keep each label as printed
 * @param letterhead         print the 版头 (issuer's mark, document number, red rule) when the metadata gives them
 * @param assignments        print the 牵头单位/配合单位/完成时限 line under an item, as the screen style of HTML does
 * @param boldLevel3         set level-3 titles in bold
 * @param attachments        the 附件说明 names, in order; empty for none
 * @param copyTo             抄送 of the 版记, or null
 * @param printer            印发机关 of the 版记, or null
 * @param printDate          印发日期 of the 版记, or null
 */
public record Options(boolean canonicalNumbering, boolean letterhead, boolean assignments, boolean boldLevel3,
                      List<String> attachments, String copyTo, String printer, LocalDate printDate) {

    public Options {
        attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments must not be null"));
    }

    /** Whether there is a 版记 to print. */
    public boolean hasRecord() {
        return copyTo != null || printer != null || printDate != null;
    }
}
