package org.plandoc.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value with its unit, multipliers applied: {@code 1.2万例} is {@code 12000 例}.
 *
 * @param value the value
 * @param unit  the unit, empty when the number has none
 */
public record Quantity(BigDecimal value, String unit) {

    public Quantity {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
    }
}
