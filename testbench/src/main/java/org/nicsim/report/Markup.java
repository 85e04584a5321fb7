package org.nicsim.report;

/** Escaping for XML and HTML text and attribute values. */
final class Markup {
    private Markup() {
    }

    /**
     * Escapes {@code s} for XML 1.0 / HTML text and double-quoted attributes. Characters XML 1.0
     * cannot carry at all (most C0 controls, lone surrogates) become U+FFFD, so a strange
     * mismatch value never makes the report unparseable.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
