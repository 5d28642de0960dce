package com.techroute.infra.bicep;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Bicep source text with comments blanked out and a read position. Blanking keeps every line
 * break, so positions still map to the line numbers of the original file.
 */
final class BicepSource {

    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    private final String text;
    private final Path path;
    private final int[] lineStarts;
    private int position;

    private BicepSource(String text, Path path) {
        this.text = text;
        this.path = path;
        this.lineStarts = lineStarts(text);
    }

    /** Creates a source from raw file text; {@code path} only names the file in error messages. */
    static BicepSource of(String raw, Path path) {
        return new BicepSource(blankComments(raw.replace("\r\n", "\n"), path), path);
    }

    int position() {
        return position;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    char peek() {
        return atEnd() ? '\0' : text.charAt(position);
    }

    String text(int start, int end) {
        return text.substring(start, end);
    }

    int line() {
        return lineOf(position);
    }

    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** Skips spaces and tabs, not line breaks. */
    void skipBlanks() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            position++;
        }
    }

    /** Skips spaces, tabs, line breaks and, when {@code commas} is set, commas. */
    void skipWhitespace(boolean commas) {
        while (!atEnd() && (Character.isWhitespace(peek()) || (commas && peek() == ','))) {
            position++;
        }
    }

    /** Reads an identifier; {@code dotted} also accepts dots, as in {@code sys.description}. */
    String identifier(boolean dotted) {
        int start = position;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || (dotted && peek() == '.'))) {
            position++;
        }
        return text.substring(start, position);
    }

    /** Consumes the keyword when it is at the position as a whole word. */
    boolean tryKeyword(String keyword) {
        int end = position + keyword.length();
        boolean matches = text.startsWith(keyword, position)
                && (end >= text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'));
        if (matches) {
            position = end;
        }
        return matches;
    }

    void expect(char expected) {
        if (peek() != expected) {
            throw error("Expected '" + expected + "' but found " + describe(peek()));
        }
        position++;
    }

    /** Returns the offset just after the string literal that starts at {@code start}. */
    int stringEnd(int start) {
        return stringEnd(text, start, path);
    }

    /** Returns the offset just after the bracket that closes the one at {@code start}. */
    int balancedEnd(int start) {
        int depth = 0;
        int index = start;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '\'') {
                index = stringEnd(index);
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0 && --depth == 0) {
                return index + 1;
            }
            index++;
        }
        throw errorAt(start, "Unclosed '" + text.charAt(start) + "'");
    }

    /**
     * Reads source text up to the first of {@code stops} outside brackets and strings, or the end.
     * A closing bracket that was not opened here also stops the read.
     */
    String readUntil(String stops) {
        int start = position;
        while (!atEnd()) {
            char c = peek();
            if (stops.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0) {
                break;
            }
            if (c == '\'') {
                position = stringEnd(position);
            } else if (OPENERS.indexOf(c) >= 0) {
                position = balancedEnd(position);
            } else {
                position++;
            }
        }
        return text.substring(start, position).strip();
    }

    IllegalStateException error(String message) {
        return errorAt(position, message);
    }

    IllegalStateException errorAt(int offset, String message) {
        return new IllegalStateException(path + ":" + lineOf(offset) + ": " + message + ".");
    }

    private static String describe(char c) {
        if (c == '\0') {
            return "the end of the file";
        }
        if (c == '\n') {
            return "a line break";
        }
        return "'" + c + "'";
    }

    private static int[] lineStarts(String text) {
        IntStream breaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1);
        return IntStream.concat(IntStream.of(0), breaks).toArray();
    }

    private static int stringEnd(String text, int start, Path path) {
        if (text.startsWith("'''", start)) {
            int close = text.indexOf("'''", start + 3);
            if (close < 0) {
                throw unterminated(text, start, path);
            }
            return close + 3;
        }
        int index = start + 1;
        while (index < text.length() && text.charAt(index) != '\n') {
            char c = text.charAt(index);
            if (c == '\\') {
                index += 2;
            } else if (c == '\'') {
                return index + 1;
            } else if (text.startsWith("${", index)) {
                index = interpolationEnd(text, index + 2, path);
            } else {
                index++;
            }
        }
        throw unterminated(text, start, path);
    }

    private static int interpolationEnd(String text, int start, Path path) {
        int depth = 1;
        int index = start;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '\'') {
                index = stringEnd(text, index, path);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (depth == 0) {
                return index + 1;
            }
            index++;
        }
        throw unterminated(text, start, path);
    }

    private static IllegalStateException unterminated(String text, int start, Path path) {
        long line = text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        return new IllegalStateException(path + ":" + line + ": Unterminated string literal.");
    }

    /** Replaces comments and {@code #disable-next-line} pragmas with spaces, keeping line breaks. */
    private static String blankComments(String raw, Path path) {
        StringBuilder out = new StringBuilder(raw);
        int index = 0;
        boolean lineStart = true;
        while (index < raw.length()) {
            char c = raw.charAt(index);
            if (c == '\'') {
                index = stringEnd(raw, index, path);
                lineStart = false;
            } else if (raw.startsWith("//", index) || (lineStart && c == '#')) {
                int end = raw.indexOf('\n', index);
                index = blank(out, index, end < 0 ? raw.length() : end);
            } else if (raw.startsWith("/*", index)) {
                int end = raw.indexOf("*/", index + 2);
                index = blank(out, index, end < 0 ? raw.length() : end + 2);
            } else {
                lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
                index++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder out, int start, int end) {
        for (int i = start; i < end; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return end;
    }
}
