package dev.evalwire.examples;

import java.io.PrintStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Runs the four vendor examples in turn and exits non-zero if any of them failed unexpectedly. Each example
 * runs against the real API when its vendor's API key variable is set, otherwise against a sandbox. They print
 * only their own lines; with {@code EVALWIRE_LOG=info} or {@code debug} the SDK's log of each request and
 * response (secrets masked) is printed between them.
 */
public final class RunAllExamples {

    /** Held strongly: java.util.logging keeps loggers only weakly, and would drop the handler set here. */
    private static final Logger SDK_LOG = Logger.getLogger("dev.evalwire.http");

    private RunAllExamples() {}

    /**
     * @param args ignored
     * @throws Exception when an example fails in a way it does not expect
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        showSdkLog();
        PrimeIntellectExample.run(out);
        FireworksExample.run(out);
        ScaleExample.run(out);
        KeywordsAiExample.run(out);
        out.println();
        out.println("All examples finished.");
    }

    /**
     * Prints the SDK's {@code dev.evalwire.http} log lines, when {@code EVALWIRE_LOG} turns them on, to standard
     * output, message only and indented under the example's lines.
     */
    private static void showSdkLog() {
        ConsoleHandler handler = new ConsoleHandler() {
            {
                setOutputStream(System.out);
            }
        };
        handler.setLevel(Level.ALL);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return "    " + record.getMessage().replace("\n", "\n    ") + System.lineSeparator();
            }
        });
        SDK_LOG.setUseParentHandlers(false);
        SDK_LOG.addHandler(handler);
    }
}
