package com.techroute.functions;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.microsoft.azure.functions.ExecutionContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A Mockito {@link ExecutionContext} whose logger keeps every line it receives, formatted as the host
 * would print it, with stack traces.
 */
final class TestContext {

    private final ExecutionContext context = mock(ExecutionContext.class);
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    TestContext(String functionName) {
        Logger logger = Logger.getLogger("test." + functionName + "." + UUID.randomUUID());
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        SimpleFormatter formatter = new SimpleFormatter();
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder text = new StringBuilder(formatter.formatMessage(record));
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    text.append('\n').append(trace);
                }
                lines.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        when(context.getLogger()).thenReturn(logger);
        when(context.getInvocationId()).thenReturn("invocation-" + UUID.randomUUID());
        when(context.getFunctionName()).thenReturn(functionName);
    }

    ExecutionContext context() {
        return context;
    }

    /** Returns every line logged so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
