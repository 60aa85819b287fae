import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build-time checks of published artifacts, run by the parent POM (exec:exec, verify phase) with the JDK that runs
 * Maven ({@code java ArtifactCheck.java ...}, no compilation step, no extra plugin).
 *
 * <pre>
 * java ArtifactCheck.java jar PACKAGING JAR MAJOR MODULE_NAME MODULE_INFO
 *                                                     (packaging other than jar: nothing to check)
 *                                                     every class in JAR (outside META-INF/versions) has class-file
 *                                                     major version MAJOR, the manifest's Automatic-Module-Name is
 *                                                     MODULE_NAME, and JAR-sources.jar / JAR-javadoc.jar exist.
 *                                                     MODULE_INFO true: the jar is Multi-Release and its only
 *                                                     versioned entry is META-INF/versions/9/module-info.class
 *                                                     (major 53), naming module MODULE_NAME, exporting no
 *                                                     .internal package except to named modules, and exporting only
 *                                                     packages the jar has. MODULE_INFO false: nothing versioned.
 * java ArtifactCheck.java bom  ROOT_DIR BOM_POM        the BOM manages exactly the published modules of the
 *                                                     reactor at ROOT_DIR, at ${project.version}, has no parent
 *                                                     and manages nothing else
 * </pre>
 *
 * Why not extra-enforcer-rules' enforceBytecodeVersion: it checks the classes of dependencies, not the module's own
 * output, which is what a release-8 promise is about.
 */
public final class ArtifactCheck {

    public static void main(String[] args) throws IOException {
        List<String> problems = new ArrayList<>();
        if (args.length == 6 && args[0].equals("jar")) {
            if (!args[1].equals("jar")) {
                System.out.println("[artifact-check] packaging " + args[1] + ": no jar to check");
                return;
            }
            checkJar(Paths.get(args[2]), Integer.parseInt(args[3]), args[4], Boolean.parseBoolean(args[5]), problems);
        } else if (args.length == 3 && args[0].equals("bom")) {
            checkBom(Paths.get(args[1]), Paths.get(args[2]), problems);
        } else {
            problems.add("usage: ArtifactCheck jar PACKAGING JAR MAJOR MODULE_NAME MODULE_INFO | bom ROOT_DIR BOM_POM");
        }
        if (!problems.isEmpty()) {
            for (String problem : problems) {
                System.err.println("[artifact-check] " + problem);
            }
            System.exit(1);
        }
    }

    /** Where a module descriptor goes in a multi-release jar whose other classes are Java 8. */
    static final String VERSIONED_MODULE_INFO = "META-INF/versions/9/module-info.class";

    static void checkJar(Path jar, int major, String moduleName, boolean moduleInfo, List<String> problems)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            problems.add(jar + " does not exist");
            return;
        }
        int classes = 0;
        String module = "no module descriptor";
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String name = main.getValue(new Attributes.Name("Automatic-Module-Name"));
            if (!moduleName.equals(name)) {
                problems.add(jar.getFileName() + ": Automatic-Module-Name is " + name + ", expected " + moduleName);
            }
            TreeSet<String> packages = new TreeSet<>();
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("META-INF/versions/")
                        && !entry.isDirectory()
                        && !(moduleInfo && entry.getName().equals(VERSIONED_MODULE_INFO))) {
                    problems.add(jar.getFileName() + "!" + entry.getName() + ": unexpected versioned entry (only "
                            + (moduleInfo ? VERSIONED_MODULE_INFO : "unversioned classes") + " expected)");
                }
                if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/versions/")) {
                    continue;
                }
                classes++;
                int slash = entry.getName().lastIndexOf('/');
                if (slash > 0) {
                    packages.add(entry.getName().substring(0, slash).replace('/', '.'));
                }
                int found = majorVersion(file, entry);
                if (found != major) {
                    problems.add(jar.getFileName() + "!" + entry.getName() + ": class-file major version " + found
                            + ", expected " + major);
                }
            }
            if (moduleInfo) {
                module = checkModuleInfo(jar, file, main, moduleName, packages, problems);
            }
        }
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        for (String classifier : new String[] {"sources", "javadoc"}) {
            Path companion = jar.resolveSibling(base + "-" + classifier + ".jar");
            if (!Files.isRegularFile(companion)) {
                problems.add("missing " + classifier + " jar " + companion.getFileName());
            }
        }
        if (problems.isEmpty()) {
            System.out.println("[artifact-check] " + jar.getFileName() + ": " + classes + " classes at major "
                    + major + ", Automatic-Module-Name " + moduleName + ", " + module
                    + ", sources and javadoc jars present");
        }
    }

    private static String checkModuleInfo(
            Path jar, JarFile file, Attributes main, String moduleName, TreeSet<String> packages, List<String> problems)
            throws IOException {
        if (!"true".equalsIgnoreCase(main.getValue(Attributes.Name.MULTI_RELEASE))) {
            problems.add(jar.getFileName() + ": the manifest lacks Multi-Release: true");
        }
        JarEntry entry = file.getJarEntry(VERSIONED_MODULE_INFO);
        if (entry == null) {
            problems.add(jar.getFileName() + ": no " + VERSIONED_MODULE_INFO);
            return "no module descriptor";
        }
        int found = majorVersion(file, entry);
        if (found != 53) {
            problems.add(jar.getFileName() + "!" + VERSIONED_MODULE_INFO + ": class-file major version " + found
                    + ", expected 53 (release 9)");
        }
        ModuleDescriptor descriptor;
        try (InputStream in = file.getInputStream(entry)) {
            descriptor = ModuleDescriptor.read(in);
        }
        if (!descriptor.name().equals(moduleName)) {
            problems.add(
                    jar.getFileName() + ": module-info names module " + descriptor.name() + ", expected " + moduleName);
        }
        TreeSet<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            if (!packages.contains(export.source())) {
                problems.add(jar.getFileName() + ": module-info exports " + export.source()
                        + ", which has no class in the jar");
            }
            if (!export.isQualified()) {
                exported.add(export.source());
                if (export.source().contains(".internal")) {
                    problems.add(jar.getFileName() + ": module-info exports " + export.source()
                            + " to everyone; internal packages may only be exported to named Evalwire modules");
                }
            }
        }
        return "module " + descriptor.name() + " in " + VERSIONED_MODULE_INFO + " exporting " + exported;
    }

    private static int majorVersion(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            byte[] header = in.readNBytes(8);
            int magic = header.length < 8
                    ? 0
                    : ((header[0] & 0xff) << 24
                            | (header[1] & 0xff) << 16
                            | (header[2] & 0xff) << 8
                            | (header[3] & 0xff));
            return magic != 0xCAFEBABE ? -1 : ((header[6] & 0xff) << 8 | (header[7] & 0xff));
        }
    }

    static void checkBom(Path root, Path bomPom, List<String> problems) throws IOException {
        String parent = Files.readString(root.resolve("pom.xml"));
        String bom = Files.readString(bomPom);
        String parentVersion = projectElement(parent, "version");
        if (!parentVersion.equals(projectElement(bom, "version"))) {
            problems.add(
                    "BOM version " + projectElement(bom, "version") + " differs from the parent's " + parentVersion);
        }
        if (bom.contains("<parent>")) {
            problems.add("the BOM must not inherit: an import would bring the parent's dependencyManagement along");
        }
        TreeSet<String> expected = new TreeSet<>();
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(section(parent, "modules"));
        while (modules.find()) {
            Path pom = root.resolve(modules.group(1).trim()).resolve("pom.xml");
            String module = Files.readString(pom);
            boolean skipped = module.contains("<evalwire.publish.skip>true</evalwire.publish.skip>");
            String packaging = projectElement(module, "packaging");
            if (!skipped && (packaging.isEmpty() || packaging.equals("jar"))) {
                expected.add(projectElement(module, "artifactId"));
            }
        }
        TreeSet<String> managed = new TreeSet<>();
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
                .matcher(section(bom, "dependencyManagement"));
        while (dependency.find()) {
            String body = dependency.group(1);
            String artifactId = element(body, "artifactId");
            if (!"dev.evalwire".equals(element(body, "groupId"))
                    || !"${project.version}".equals(element(body, "version"))) {
                problems.add("BOM entry " + element(body, "groupId") + ":" + artifactId
                        + " must be a dev.evalwire artifact at ${project.version}");
            }
            managed.add(artifactId);
        }
        if (!managed.equals(expected)) {
            problems.add("BOM manages " + managed + " but the published modules are " + expected
                    + " (modules that are not published set evalwire.publish.skip=true)");
        }
        if (problems.isEmpty()) {
            System.out.println("[artifact-check] BOM manages every published artifact: " + managed);
        }
    }

    /** The text of a direct child element of {@code <project>}, ignoring {@code <parent>} and nested sections. */
    private static String projectElement(String pom, String name) {
        String top = pom.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll(
                        "(?s)<(parent|dependencies|dependencyManagement|build|properties|profiles|modules)>.*?</\\1>",
                        "");
        return element(top, name);
    }

    private static String section(String pom, String name) {
        Matcher matcher =
                Pattern.compile("(?s)<" + name + ">(.*?)</" + name + ">").matcher(pom.replaceAll("(?s)<!--.*?-->", ""));
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String element(String text, String name) {
        Matcher matcher =
                Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
