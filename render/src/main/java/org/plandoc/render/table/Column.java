package org.plandoc.render.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A column of a {@link PlanTable}: its name and the type of its cells.
 *
 * @param name the column's name, as a header and as a field name ({@code normalized_value})
 * @param type what its cells hold
 */
public record Column(String name, Type type) {

    /** What the cells of a column hold, and as which Java type. */
    public enum Type {
        /** {@link String}. */
        TEXT,
        /** {@link List} of {@link String}, in order (units). */
        LIST,
        /** {@link BigDecimal}, as printed (scale kept). */
        DECIMAL,
        /** {@link Integer}. */
        INTEGER,
        /** {@link Boolean}. */
        BOOLEAN,
        /** {@link java.time.LocalDate}. */
        DATE
    }

    /** What a flat text table puts between the entries of a {@link Type#LIST} cell: 市委组织部；各区县. */
    public static final String LIST_SEPARATOR = "；";

    public Column {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(type, "type must not be null");
    }

    /**
     * A cell as a text table writes it: empty for none, a decimal in plain notation
     * (1.2E+4 is 12000), a list joined with {@link #LIST_SEPARATOR}, anything else as
     * {@code toString()} gives it ({@code true}, {@code 2024-06-30}).
     */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object o : list) {
                b.append(b.length() == 0 ? "" : LIST_SEPARATOR).append(o);
            }
            return b.toString();
        }
        return cell.toString();
    }
}
