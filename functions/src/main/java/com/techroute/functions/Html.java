package com.techroute.functions;

/** HTML escaping for the override pages: every text that reaches a page goes through {@link #escape}. */
final class Html {

    private Html() {
    }

    /** Escapes text for HTML element content and for quoted attribute values. */
    static String escape(Object value) {
        String text = value == null ? "" : value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Wraps a body in a complete page with a title. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}"
                + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.3rem .6rem;"
                + "text-align:left}.muted{color:#666}</style></head><body>"
                + "<h1>" + escape(title) + "</h1>" + body + "</body></html>\n";
    }

    /** Returns a page with a heading and one paragraph of text. */
    static String message(String title, String text) {
        return page(title, "<p>" + escape(text) + "</p>");
    }
}
