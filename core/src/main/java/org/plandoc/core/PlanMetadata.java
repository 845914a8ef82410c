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
        // field by field, not equals(EMPTY): a record's equals is bootstrapped on its first call,
        // a tenth of a small conversion's start-up
        return issuer == null && date == null && documentNumber == null && recipients == null && published == null
            && source == null;
    }

    /** A builder with no field set; code that uses it keeps compiling when the metadata gains a field. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().issuer(issuer).date(date).documentNumber(documentNumber).recipients(recipients)
            .published(published).source(source);
    }

    /** Builds {@link PlanMetadata}. Not thread-safe. */
    public static final class Builder {
        private String issuer;
        private LocalDate date;
        private String documentNumber;
        private String recipients;
        private LocalDate published;
        private String source;

        private Builder() {
        }

        /** 发文机关. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** 成文日期. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** 文号. */
        public Builder documentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
            return this;
        }

        /** 主送机关. */
        public Builder recipients(String recipients) {
            this.recipients = recipients;
            return this;
        }

        /** A web page's 发布日期. */
        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        /** A web page's 信息来源. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public PlanMetadata build() {
            return new PlanMetadata(issuer, date, documentNumber, recipients, published, source);
        }
    }
}
