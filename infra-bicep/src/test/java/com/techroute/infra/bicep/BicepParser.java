package com.techroute.infra.bicep;

import com.techroute.infra.bicep.BicepValue.BicepArray;
import com.techroute.infra.bicep.BicepValue.BicepExpression;
import com.techroute.infra.bicep.BicepValue.BicepLoop;
import com.techroute.infra.bicep.BicepValue.BicepObject;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small reader for the Bicep the policy checks need: {@code param}, {@code var}, {@code resource}
 * and {@code output} statements with their decorators, and object and array literals inside
 * them. Everything else is kept as source text.
 *
 * <p>What it cannot read, by design: it evaluates no expression (a ternary, {@code union()} or a
 * loop is not resolved, so a check counts every branch); it does not follow modules into their
 * files or match module parameters to declarations; resources declared inside another resource's
 * body are rejected with an error; an expression that continues on the next line outside brackets
 * is read only up to the line break; {@code type}, {@code func}, {@code import}, {@code metadata}
 * and {@code module} statements are skipped whole.
 */
public final class BicepParser {

    private static final Set<String> SKIPPED_STATEMENTS =
            Set.of("module", "type", "func", "import", "metadata", "targetScope", "extension", "assert");

    private final BicepSource source;
    private final Path path;
    private final List<BicepParameter> parameters = new ArrayList<>();
    private final List<BicepVariable> variables = new ArrayList<>();
    private final List<BicepResource> resources = new ArrayList<>();
    private final List<BicepOutput> outputs = new ArrayList<>();
    private final List<BicepDecorator> pendingDecorators = new ArrayList<>();
    private String usingPath;

    private BicepParser(String text, Path path) {
        this.source = BicepSource.of(text, path);
        this.path = path;
    }

    /**
     * Parses a .bicep or .bicepparam file.
     *
     * @throws UncheckedIOException  when the file cannot be read
     * @throws IllegalStateException when the file contains something this reader does not accept,
     *                               with the file and line in the message
     */
    public static BicepFile parse(Path file) {
        try {
            return parse(Files.readString(file), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Bicep file (" + file + ").", e);
        }
    }

    /** Parses Bicep source; {@code path} names the source in error messages and in the result. */
    public static BicepFile parse(String text, Path path) {
        return new BicepParser(text, path).parseFile();
    }

    private BicepFile parseFile() {
        source.skipWhitespace(false);
        while (!source.atEnd()) {
            if (source.peek() == '@') {
                pendingDecorators.add(parseDecorator());
            } else {
                parseStatement();
                pendingDecorators.clear();
            }
            source.skipWhitespace(false);
        }
        return new BicepFile(path, usingPath, parameters, variables, resources, outputs);
    }

    private void parseStatement() {
        int line = source.line();
        String keyword = source.identifier(false);
        source.skipBlanks();
        switch (keyword) {
            case "param" -> parameters.add(parseParameter(line));
            case "var" -> variables.add(parseVariable(line));
            case "resource" -> resources.add(parseResource(line));
            case "output" -> outputs.add(parseOutput(line));
            case "using" -> usingPath = stringContent(parseValue(), "using");
            default -> skipStatement(keyword);
        }
    }

    private void skipStatement(String keyword) {
        if (!SKIPPED_STATEMENTS.contains(keyword)) {
            throw source.error("Unsupported statement (" + (keyword.isEmpty() ? source.peek() : keyword) + ")");
        }
        source.readUntil("\n");
        if (!source.atEnd() && source.peek() != '\n') {
            throw source.error("Unexpected '" + source.peek() + "' in a " + keyword + " statement");
        }
    }

    private BicepDecorator parseDecorator() {
        source.expect('@');
        String name = source.identifier(true).replaceFirst("^sys\\.", "");
        source.skipBlanks();
        String arguments = "";
        if (source.peek() == '(') {
            int start = source.position();
            int end = source.balancedEnd(start);
            arguments = source.text(start + 1, end - 1);
            source.moveTo(end);
        }
        return new BicepDecorator(name, arguments);
    }

    private BicepParameter parseParameter(int line) {
        String name = requireIdentifier("parameter name");
        source.skipBlanks();
        String type = source.peek() == '=' ? "" : source.readUntil("=\n");
        BicepValue defaultValue = null;
        if (source.peek() == '=') {
            source.expect('=');
            defaultValue = parseValue();
        }
        return new BicepParameter(name, type, pendingDecorators, defaultValue, line);
    }

    private BicepVariable parseVariable(int line) {
        String name = requireIdentifier("variable name");
        source.skipBlanks();
        source.expect('=');
        return new BicepVariable(name, parseValue(), line);
    }

    private BicepOutput parseOutput(int line) {
        String name = requireIdentifier("output name");
        source.skipBlanks();
        source.readUntil("=\n");
        source.expect('=');
        parseValue();
        return new BicepOutput(name, pendingDecorators, line);
    }

    private BicepResource parseResource(int line) {
        String symbol = requireIdentifier("resource symbol");
        source.skipBlanks();
        String typeAndVersion = stringContent(parseStringOnly(), "resource type");
        source.skipBlanks();
        boolean existing = source.tryKeyword("existing");
        source.skipBlanks();
        source.expect('=');
        source.skipBlanks();
        if (source.tryKeyword("if")) {
            source.skipBlanks();
            source.moveTo(source.balancedEnd(source.position()));
        }
        BicepValue body = parseValue();
        if (body instanceof BicepLoop loop) {
            body = loop.body();
        }
        int at = typeAndVersion.indexOf('@');
        String type = at < 0 ? typeAndVersion : typeAndVersion.substring(0, at);
        String apiVersion = at < 0 ? "" : typeAndVersion.substring(at + 1);
        return new BicepResource(symbol, type, apiVersion, existing, body, line);
    }

    /** Parses one value; a literal followed by more expression text becomes an expression. */
    BicepValue parseValue() {
        source.skipBlanks();
        int start = source.position();
        BicepValue value = switch (source.peek()) {
            case '{' -> parseObject();
            case '[' -> startsLoop() ? parseLoop() : parseArray();
            case '\'' -> parseStringOnly();
            default -> null;
        };
        source.skipBlanks();
        if (value != null && atValueEnd()) {
            return value;
        }
        source.moveTo(start);
        String expression = source.readUntil(",\n");
        if (expression.isEmpty()) {
            throw source.error("Expected a value");
        }
        return new BicepExpression(expression, source.lineOf(start));
    }

    private boolean atValueEnd() {
        char c = source.peek();
        return source.atEnd() || c == '\n' || c == ',' || c == '}' || c == ']' || c == ')';
    }

    private BicepString parseStringOnly() {
        int start = source.position();
        if (source.peek() != '\'') {
            throw source.error("Expected a string literal");
        }
        int end = source.stringEnd(start);
        source.moveTo(end);
        boolean tripleQuoted = source.text(start, end).startsWith("'''");
        String text = tripleQuoted ? source.text(start + 3, end - 3) : source.text(start + 1, end - 1);
        return new BicepString(text, !tripleQuoted && text.contains("${"), source.lineOf(start));
    }

    private BicepObject parseObject() {
        int line = source.line();
        int open = source.position();
        source.expect('{');
        Map<String, BicepValue> properties = new LinkedHashMap<>();
        while (true) {
            source.skipWhitespace(true);
            if (source.atEnd()) {
                throw source.errorAt(open, "Unclosed object");
            }
            if (source.peek() == '}') {
                source.expect('}');
                return new BicepObject(properties, line);
            }
            String key = source.peek() == '\'' ? parseStringOnly().text() : requireIdentifier("property name");
            source.skipBlanks();
            source.expect(':');
            properties.put(key, parseValue());
            requireSeparator('}');
        }
    }

    private BicepArray parseArray() {
        int line = source.line();
        int open = source.position();
        source.expect('[');
        List<BicepValue> items = new ArrayList<>();
        while (true) {
            source.skipWhitespace(true);
            if (source.atEnd()) {
                throw source.errorAt(open, "Unclosed array");
            }
            if (source.peek() == ']') {
                source.expect(']');
                return new BicepArray(items, line);
            }
            items.add(parseValue());
            requireSeparator(']');
        }
    }

    private boolean startsLoop() {
        int start = source.position();
        source.expect('[');
        source.skipWhitespace(false);
        boolean loop = source.tryKeyword("for");
        source.moveTo(start);
        return loop;
    }

    private BicepLoop parseLoop() {
        int line = source.line();
        source.expect('[');
        source.skipWhitespace(false);
        source.tryKeyword("for");
        String header = source.readUntil(":\n");
        source.expect(':');
        source.skipWhitespace(false);
        if (source.tryKeyword("if")) {
            source.skipBlanks();
            source.moveTo(source.balancedEnd(source.position()));
            source.skipWhitespace(false);
        }
        BicepValue body = parseValue();
        source.skipWhitespace(false);
        source.expect(']');
        return new BicepLoop(header, body, line);
    }

    private void requireSeparator(char closer) {
        source.skipBlanks();
        char c = source.peek();
        if (!source.atEnd() && c != '\n' && c != ',' && c != closer) {
            throw source.error("Expected a line break, ',' or '" + closer + "' but found '" + c + "'");
        }
    }

    private String requireIdentifier(String what) {
        String identifier = source.identifier(false);
        if (identifier.isEmpty()) {
            throw source.error("Expected a " + what);
        }
        return identifier;
    }

    private String stringContent(BicepValue value, String what) {
        if (value instanceof BicepString string && !string.interpolated()) {
            return string.text();
        }
        throw source.errorAt(source.position(), "Expected a plain string literal as the " + what);
    }
}
