package org.plandoc.render.data.internal;

import com.fasterxml.jackson.core.io.SerializedString;

/** A field name, with Jackson's pre-quoted form so that JSON writes it without escaping it again. */
public record Name(String text, SerializedString serialized) {

    public static Name of(String text) {
        return new Name(text, new SerializedString(text));
    }
}
