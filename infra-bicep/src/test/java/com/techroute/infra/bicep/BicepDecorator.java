package com.techroute.infra.bicep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decorator such as {@code @description('...')} or {@code @secure()}.
 *
 * @param name      decorator name without {@code @} and without a {@code sys.} namespace
 * @param arguments source text between the parentheses, empty when there are none
 */
public record BicepDecorator(String name, String arguments) {

    private static final Pattern STRING_LITERAL = Pattern.compile("'''(.*?)'''|'((?:[^'\\\\]|\\\\.)*)'", Pattern.DOTALL);

    /** Returns the string literals among the arguments, in order, escapes left as written. */
    public List<String> stringArguments() {
        List<String> strings = new ArrayList<>();
        Matcher matcher = STRING_LITERAL.matcher(arguments);
        while (matcher.find()) {
            strings.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return strings;
    }

    /** Returns the first string argument, if any. */
    public Optional<String> firstString() {
        return stringArguments().stream().findFirst();
    }
}
