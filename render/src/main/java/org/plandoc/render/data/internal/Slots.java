package org.plandoc.render.data.internal;

/** The values read for one mapping, by field; an absent field gives its {@link Field#orElse} value. */
public final class Slots {

    private final Object[] values;

    Slots(Object[] values) {
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    public <V> V get(Field<?, V> field) {
        Object v = values[field.index];
        return v == null ? field.absent : (V) v;
    }
}
