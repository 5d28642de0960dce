package com.techroute.local.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.slf4j.LoggerFactory;

/**
 * The {@code java.util.logging} loggers that the functions write to through their execution context, one
 * per function, each forwarding to the SLF4J logger {@value #PREFIX} followed by the function name.
 */
final class FunctionLoggers {

    static final String PREFIX = "com.techroute.local.serve.function.";

    // Strong references: java.util.logging keeps loggers weakly, and a collected logger loses its handler.
    private static final Map<String, Logger> LOGGERS = new ConcurrentHashMap<>();

    private FunctionLoggers() {
    }

    /** Returns the logger of a function, creating it on first use. */
    static Logger forFunction(String functionName) {
        return LOGGERS.computeIfAbsent(functionName, FunctionLoggers::create);
    }

    private static Logger create(String functionName) {
        Logger logger = Logger.getLogger(PREFIX + functionName);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.addHandler(new Slf4jHandler(LoggerFactory.getLogger(PREFIX + functionName)));
        return logger;
    }

    /** Formats each record as the Functions host would, then logs it at the matching SLF4J level. */
    private static final class Slf4jHandler extends Handler {

        private final org.slf4j.Logger target;
        private final SimpleFormatter formatter = new SimpleFormatter();

        Slf4jHandler(org.slf4j.Logger target) {
            this.target = target;
        }

        @Override
        public void publish(LogRecord record) {
            int level = record.getLevel().intValue();
            Throwable error = record.getThrown();
            if (level >= Level.SEVERE.intValue()) {
                if (target.isErrorEnabled()) {
                    target.error(formatter.formatMessage(record), error);
                }
            } else if (level >= Level.WARNING.intValue()) {
                if (target.isWarnEnabled()) {
                    target.warn(formatter.formatMessage(record), error);
                }
            } else if (level >= Level.INFO.intValue()) {
                if (target.isInfoEnabled()) {
                    target.info(formatter.formatMessage(record), error);
                }
            } else if (target.isDebugEnabled()) {
                target.debug(formatter.formatMessage(record), error);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
