package com.techroute.functions;

import com.microsoft.azure.functions.ExecutionContext;
import java.util.logging.Level;

/**
 * Logging at the function boundary through the Functions host's logger, which tags each line with the
 * invocation. Patterns use {@link java.text.MessageFormat} placeholders ({@code {0}}, {@code {1}}, ...).
 */
final class FunctionLog {

    private FunctionLog() {
    }

    static void info(ExecutionContext context, String pattern, Object... arguments) {
        context.getLogger().log(Level.INFO, pattern, arguments);
    }

    static void warning(ExecutionContext context, String pattern, Object... arguments) {
        context.getLogger().log(Level.WARNING, pattern, arguments);
    }

    static void error(ExecutionContext context, String message, Throwable error) {
        context.getLogger().log(Level.SEVERE, message, error);
    }
}
