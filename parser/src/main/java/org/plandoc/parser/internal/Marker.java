package org.plandoc.parser.internal;

import org.plandoc.core.NumberingStyle;

/**
 * A numbering marker found in the text, before the outline decides whether it
 * is structure.
 *
 * @param style        the numbering style
 * @param depth        for {@link NumberingStyle#DECIMAL}, the number of components (1.2.3 → 3); for an
 *                     unnumbered {@link NumberingStyle#HEADING}, its Markdown level (## → 2) or 0; else 0
 * @param printed      the number as printed; 0 when the numeral is missing
 * @param numeral      the numeral's text as printed ({@code 二十})
 * @param start        index of the marker's first char
 * @param contentStart index just past the marker and the blanks after it
 * @param labelEnd     index just past the marker itself
 * @param bracketed    whether both brackets (or a circle, or 第…) delimit it, so it can stand inside a line
 * @param damage       what is wrong with its printed form
 */
record Marker(NumberingStyle style, int depth, int printed, String numeral, int start, int labelEnd,
              int contentStart, boolean bracketed, Damage damage) {

    enum Damage { NONE, MISSING_NUMERAL, LOST_BRACKET }

    /** Styles that stand for the same level share a key; decimal numbers of different depth do not. */
    int key() {
        return style.ordinal() * 16 + depth;
    }
}
