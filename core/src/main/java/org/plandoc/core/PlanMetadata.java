package org.plandoc.core;

import java.time.LocalDate;

/**
 * What a plan says about itself besides its content. Every field may be
 * {@code null}: few documents give all of them.
 *
 * @param issuer         the issuing authority (发文机关), e.g. {@code 西安市卫生健康委员会}
 * @param date           the date of issue (成文日期)
 * @param documentNumber the document number (文号), e.g. {@code 市卫健发〔2024〕12号}
 * @param recipients     the recipients line (主送机关) without its closing colon
 * @param published      the publication date a web page gives (发布日期)
 * @param source         the source a web page gives (信息来源)
 */
public record PlanMetadata(String issuer, LocalDate date, String documentNumber,
                           String recipients, LocalDate published, String source) {

    /** Metadata with no field set. */
    public static final PlanMetadata EMPTY = new PlanMetadata(null, null, null, null, null, null);

    /** Whether no field is set. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
