import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the consumer projects honest: every {@code xml} block of README's "Install" section must appear, as it is
 * (whitespace aside), in consumer-check/plain/pom.xml, and the BOM version README (Maven and Gradle snippets) and
 * consumer-check/modular/pom.xml show must be the build's version.
 * Run by consumer-check/run with the JDK that runs Maven ({@code java ReadmeSnippets.java ROOT_DIR}).
 */
public final class ReadmeSnippets {

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : ".");
        String readme = Files.readString(root.resolve("README.md"));
        String consumer = normalize(Files.readString(root.resolve("consumer-check/plain/pom.xml")));
        String version = projectVersion(Files.readString(root.resolve("pom.xml")));
        List<String> problems = new ArrayList<>();

        Matcher section = Pattern.compile("(?ms)^## Install\\s*$(.*?)(?=^## )").matcher(readme);
        if (!section.find()) {
            problems.add("README.md has no \"## Install\" section");
        } else {
            Matcher block = Pattern.compile("(?ms)^```xml\\s*$(.*?)^```\\s*$").matcher(section.group(1));
            int blocks = 0;
            while (block.find()) {
                blocks++;
                String snippet = block.group(1);
                if (!consumer.contains(normalize(snippet))) {
                    problems.add("README's Install snippet #" + blocks + " is not in consumer-check/plain/pom.xml"
                            + " as it is:\n" + snippet);
                }
                Matcher versions = Pattern.compile("<version>([^<]*)</version>").matcher(snippet);
                while (versions.find()) {
                    if (!versions.group(1).equals(version)) {
                        problems.add("README's Install snippet #" + blocks + " shows version " + versions.group(1)
                                + ", the build's is " + version);
                    }
                }
            }
            if (blocks < 3) {
                problems.add("README's Install section has " + blocks + " xml snippets, expected the BOM import,"
                        + " a vendor dependency and evalwire-testing");
            }
            Matcher gradle = Pattern.compile("platform\\(\"dev\\.evalwire:evalwire-bom:([^\"]+)\"\\)")
                    .matcher(readme);
            while (gradle.find()) {
                if (!gradle.group(1).equals(version)) {
                    problems.add("README's Gradle snippet shows version " + gradle.group(1) + ", the build's is "
                            + version);
                }
            }
        }
        String modular = Files.readString(root.resolve("consumer-check/modular/pom.xml"));
        Matcher bom = Pattern.compile("(?s)<artifactId>evalwire-bom</artifactId>\\s*<version>([^<]*)</version>")
                .matcher(modular);
        if (!bom.find() || !bom.group(1).equals(version)) {
            problems.add("consumer-check/modular/pom.xml does not import evalwire-bom at " + version);
        }
        if (!problems.isEmpty()) {
            for (String problem : problems) {
                System.err.println("[readme-snippets] " + problem);
            }
            System.exit(1);
        }
        System.out.println("[readme-snippets] README's Install snippets match consumer-check/plain/pom.xml"
                + " (version " + version + ")");
    }

    /** Whitespace runs become one space, and whitespace between tags goes. */
    private static String normalize(String xml) {
        return xml.replaceAll("\\s+", " ").replaceAll("> <", "><").trim();
    }

    private static String projectVersion(String pom) {
        String top = pom.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<(parent|dependencies|dependencyManagement|build|properties|profiles|modules)>.*?</\\1>",
                        "");
        Matcher matcher = Pattern.compile("<version>\\s*([^<]*?)\\s*</version>").matcher(top);
        return matcher.find() ? matcher.group(1) : "";
    }
}
