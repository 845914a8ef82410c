package org.plandoc.render.data.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The scalar values of the schema and the list of any value. Numbers are read strictly: see {@link #DECIMAL}. */
public final class Values {

    /** Most digits before and most after the point in a decimal: far beyond any plan's figure, far below a DoS. */
    static final int MAX_DIGITS = 100;

    private Values() {
    }

    /** Text. */
    public static final Value<String> TEXT = new Value<>() {
        @Override
        public void write(Sink out, String value) throws IOException {
            out.string(value);
        }

        @Override
        public String read(Source in) throws IOException {
            return in.text();
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            schema.put("type", "string");
        }
    };

    /** A whole number in decimal digits, as JSON writes it: {@code 0x1F}, {@code 1_000}, {@code +1}, {@code 012} are refused. */
    public static final Value<Integer> INT = new Value<>() {
        @Override
        public void write(Sink out, Integer value) throws IOException {
            out.number(value);
        }

        @Override
        public Integer read(Source in) throws IOException {
            String text = numberText(in, "a whole number");
            if (!isJsonNumber(text) || text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0
                    || text.length() > 11) {
                throw in.problem("must be a whole number in decimal digits (like 12), was " + text);
            }
            long v = Long.parseLong(text);
            if (v != (int) v) {
                throw in.problem("must be a whole number up to " + Integer.MAX_VALUE + ", was " + text);
            }
            return (int) v;
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            schema.put("type", "integer");
        }
    };

    /**
     * A decimal, read from its text so that {@code 1.20} keeps its scale. Only JSON's
     * number grammar is read (YAML's {@code 0x1F}, {@code 1_000}, {@code .inf} are refused), with at most
     * {@value #MAX_DIGITS} digits before and after the point: {@code 1e999999999} would print as a
     * gigabyte of zeros, so it is refused.
     */
    public static final Value<BigDecimal> DECIMAL = new Value<>() {
        @Override
        public void write(Sink out, BigDecimal value) throws IOException {
            out.number(value);
        }

        @Override
        public BigDecimal read(Source in) throws IOException {
            String text = numberText(in, "a number");
            if (!isJsonNumber(text)) {
                throw in.problem("must be a number in decimal digits (like 600 or 1.5), was " + text);
            }
            BigDecimal v;
            try {
                v = new BigDecimal(text);
            } catch (NumberFormatException | ArithmeticException e) {
                throw in.problem("number out of range: " + text);
            }
            if (v.scale() > MAX_DIGITS || (long) v.precision() - v.scale() > MAX_DIGITS) {
                throw in.problem("number out of range: plandoc reads at most " + MAX_DIGITS
                    + " digits before and after the point, was " + text);
            }
            return v;
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            schema.put("type", "number");
        }
    };

    /** true or false. */
    public static final Value<Boolean> BOOL = new Value<>() {
        @Override
        public void write(Sink out, Boolean value) throws IOException {
            out.bool(value);
        }

        @Override
        public Boolean read(Source in) throws IOException {
            JsonToken t = in.token();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw in.problem("must be true or false, was " + in.describe());
            }
            return t == JsonToken.VALUE_TRUE;
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            schema.put("type", "boolean");
        }
    };

    /** A date as ISO 8601 text: {@code 2024-03-01}. */
    public static final Value<LocalDate> DATE = new Value<>() {
        @Override
        public void write(Sink out, LocalDate value) throws IOException {
            out.string(value.toString());
        }

        @Override
        public LocalDate read(Source in) throws IOException {
            String text = in.text();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw in.problem("must be a date like 2024-03-01, was '" + text + "'");
            }
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            schema.put("type", "string").put("format", "date");
        }
    };

    private static String numberText(Source in, String what) throws IOException {
        JsonToken t = in.token();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw in.problem("must be " + what + ", was " + in.describe());
        }
        String text = in.parser().getText();
        if (text.length() > 2 * MAX_DIGITS + 10) {
            throw in.problem("number out of range: " + text.length() + " characters long");
        }
        return text;
    }

    /** JSON's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    static boolean isJsonNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int digits = digits(s, i);
        if (digits == 0 || (digits > 1 && s.charAt(i) == '0')) {
            return false;
        }
        i += digits;
        if (i < n && s.charAt(i) == '.') {
            int fraction = digits(s, i + 1);
            if (fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(s, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** An enum by its id ({@code chinese-dun}); an unknown id is refused with the ids it may be. */
    public static <E extends Enum<E>> Value<E> ids(E[] values, Function<E, String> id, String what) {
        return new Value<>() {
            @Override
            public void write(Sink out, E value) throws IOException {
                out.string(id.apply(value));
            }

            @Override
            public E read(Source in) throws IOException {
                String text = in.text();
                for (E e : values) {
                    if (id.apply(e).equals(text)) {
                        return e;
                    }
                }
                throw in.problem("unknown " + what + " '" + text + "' (" + String.join(", ", idList()) + ")");
            }

            private List<String> idList() {
                List<String> out = new ArrayList<>();
                for (E e : values) {
                    out.add(id.apply(e));
                }
                return out;
            }

            @Override
            public void describe(ObjectNode schema, Definitions definitions) {
                idList().forEach(schema.putArray("enum")::add);
            }
        };
    }

    /** A list of {@code element}; null reads as empty. */
    public static <V> Value<List<V>> list(Value<V> element) {
        return new ListValue<>(element);
    }

    /** A list: a type of its own so that a field knows, once, that its value is left out when empty. */
    static final class ListValue<V> implements Value<List<V>> {
        private final Value<V> element;

        ListValue(Value<V> element) {
            this.element = element;
        }

        @Override
        public void write(Sink out, List<V> values) throws IOException {
            out.startArray();
            for (int i = 0; i < values.size(); i++) {
                element.write(out, values.get(i));
            }
            out.endArray();
        }

        @Override
        public List<V> read(Source in) throws IOException {
            in.expect(JsonToken.START_ARRAY, "a list");
            List<V> out = new ArrayList<>();
            while (in.nextElement()) {
                out.add(element.read(in));
            }
            return out;     // the record copies it
        }

        @Override
        public void describe(ObjectNode schema, Definitions definitions) {
            schema.put("type", "array");
            element.describe(schema.putObject("items"), definitions);
        }
    }

    /** A value defined later (a shape that contains itself: items of items). */
    public static <V> Value<V> lazy(Supplier<Value<V>> value) {
        return new Value<>() {
            @Override
            public void write(Sink out, V v) throws IOException {
                value.get().write(out, v);
            }

            @Override
            public V read(Source in) throws IOException {
                return value.get().read(in);
            }

            @Override
            public void describe(ObjectNode schema, Definitions definitions) {
                value.get().describe(schema, definitions);
            }
        };
    }
}
