package org.neighborhoodcapital.reporting.export;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text the PDF's standard fonts (WinAnsi) can show: common symbols spelled out, anything else as '?'. */
final class Latin {

    private static final Map<Character, String> SPELLED = Map.of(
            '−', "-", '≥', ">=", '≤', "<=", '→', "->", '↔', "<->", '√', "sqrt", 'Σ', "sum", '×', "x");

    static String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = SPELLED.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else if (encodable(c, font)) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    private static boolean encodable(char c, PDFont font) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private Latin() {
    }
}
