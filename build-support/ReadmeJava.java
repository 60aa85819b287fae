import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns every {@code ```java} block of README.md into a Java source file, so that the build compiles them and a
 * snippet cannot rot. Run by the examples module (exec:exec, generate-test-sources) with the JDK that runs Maven
 * ({@code java ReadmeJava.java README OUTPUT_DIR}); the files go into a test source root added by
 * build-helper-maven-plugin, and are compiled, never run (they call the real APIs).
 *
 * <p>A snippet's {@code import} lines become the file's imports. A snippet that declares a class is written as it
 * is; any other snippet becomes the body of a method. Every snippet must be complete: it has its imports and
 * defines what it uses. The only exception is the sections listed in {@link #CONTEXTS}, whose text is kept
 * verbatim on purpose (README's Configuration section): there the imports and placeholders ({@code client},
 * {@code MyTracingInterceptor}, ...) are supplied here.
 */
public final class ReadmeJava {

    /** What a section's snippets may use without declaring it: imports, members of the class, method parameters. */
    static final class Context {
        final List<String> imports;
        final String members;
        final String parameters;

        Context(List<String> imports, String members, String parameters) {
            this.imports = imports;
            this.members = members;
            this.parameters = parameters;
        }
    }

    static final Map<String, Context> CONTEXTS = new HashMap<>();

    static {
        CONTEXTS.put(
                "Your own OkHttpClient and ObjectMapper settings",
                new Context(
                        Arrays.asList(
                                "com.fasterxml.jackson.databind.module.SimpleModule",
                                "dev.evalwire.fireworks.FireworksClient",
                                "java.io.IOException",
                                "okhttp3.Interceptor",
                                "okhttp3.OkHttpClient",
                                "okhttp3.Response"),
                        "    /** Stands for the reader's own interceptor. */\n"
                                + "    static final class MyTracingInterceptor implements Interceptor {\n"
                                + "        @Override\n"
                                + "        public Response intercept(Chain chain) throws IOException {\n"
                                + "            return chain.proceed(chain.request());\n"
                                + "        }\n"
                                + "    }\n\n"
                                + "    /** Stands for the reader's own Jackson module. */\n"
                                + "    static final class MyTypesModule extends SimpleModule {\n"
                                + "        private static final long serialVersionUID = 1L;\n"
                                + "    }\n\n",
                        ""));
        CONTEXTS.put(
                "Per-call options, raw responses, async",
                new Context(
                        Arrays.asList(
                                "dev.evalwire.core.ApiResponse",
                                "dev.evalwire.core.RequestOptions",
                                "dev.evalwire.core.Timeouts",
                                "dev.evalwire.primeintellect.PrimeIntellectClient",
                                "dev.evalwire.primeintellect.UpdateEvaluationParams",
                                "dev.evalwire.primeintellect.UpdateEvaluationResponse",
                                "java.time.Duration",
                                "java.util.concurrent.CompletableFuture"),
                        "",
                        "PrimeIntellectClient client, UpdateEvaluationParams params"));
    }

    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("^(@\\w+\\s+)*((public|final|abstract)\\s+)*(class|interface|enum)\\s+\\w+.*");
    private static final String PACKAGE = "dev.evalwire.readme";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReadmeJava README OUTPUT_DIR");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        Path out = Paths.get(args[1]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(out);
        List<String> problems = new ArrayList<>();
        String heading = "";
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ") || line.startsWith("### ")) {
                heading = line.replaceFirst("^#+ ", "").trim();
            }
            if (!line.equals("```java")) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            count++;
            String name = String.format("ReadmeSnippet%02d", count);
            String source = source(name, heading, start, lines.subList(start, end), problems);
            Files.write(out.resolve(name + ".java"), source.getBytes(StandardCharsets.UTF_8));
            i = end;
        }
        if (count == 0) {
            problems.add("no ```java block found in " + args[0]);
        }
        if (!problems.isEmpty()) {
            for (String problem : problems) {
                System.err.println("[readme-java] " + problem);
            }
            System.exit(1);
        }
        System.out.println(
                "[readme-java] " + count + " Java snippets of " + args[0] + " written to " + out + " to be compiled");
    }

    static String source(String name, String heading, int firstLine, List<String> snippet, List<String> problems) {
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : snippet) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else if (!(body.isEmpty() && line.trim().isEmpty())) {
                body.add(line);
            }
        }
        Context context = CONTEXTS.get(heading);
        if (context != null) {
            for (String type : context.imports) {
                imports.add("import " + type + ";");
            }
        } else if (imports.isEmpty()) {
            problems.add("README.md line " + firstLine + " (\"" + heading + "\"): the snippet has no imports; a"
                    + " reader cannot tell where its classes come from");
        }
        Collections.sort(
                imports, (a, b) -> Boolean.compare(!a.startsWith("import static"), !b.startsWith("import static")));
        StringBuilder out = new StringBuilder();
        out.append("// Generated by build-support/ReadmeJava.java from README.md line ")
                .append(firstLine)
                .append(" (\"")
                .append(heading)
                .append("\"): edit README.md, not this file.\n");
        out.append("package ").append(PACKAGE).append(";\n\n");
        for (String line : imports) {
            out.append(line).append('\n');
        }
        out.append('\n');
        String first = body.isEmpty() ? "" : body.get(0).trim();
        if (TYPE_DECLARATION.matcher(first).matches() || first.startsWith("@")) {
            for (String line : body) {
                out.append(line).append('\n');
            }
            return out.toString();
        }
        out.append("@SuppressWarnings(\"unused\")\n");
        out.append("final class ").append(name).append(" {\n\n");
        if (context != null) {
            out.append(context.members);
        }
        out.append("    void snippet(")
                .append(context != null ? context.parameters : "")
                .append(") throws Exception {\n");
        for (String line : body) {
            out.append(line.isEmpty() ? "" : "        " + line).append('\n');
        }
        out.append("    }\n}\n");
        return out.toString();
    }
}
