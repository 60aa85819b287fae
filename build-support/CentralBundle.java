import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Checks and zips the Maven Central bundle that {@code build-support/central-bundle.sh} deploys into a file
 * repository, run with the JDK that runs Maven ({@code java CentralBundle.java ...}, no compilation step).
 *
 * <pre>
 * java CentralBundle.java BUNDLE_DIR ZIP
 * </pre>
 *
 * For every component (a version directory holding a {@code .pom}): the POM is there; a component with a jar also
 * has its {@code -sources.jar} and {@code -javadoc.jar}; every file has {@code .md5} and {@code .sha1} files that
 * match it; when any {@code .asc} signature is present, every file is signed. For a release version the
 * {@code maven-metadata.xml} files (which the Portal's bundle layout does not have) are removed and the POMs must
 * carry what Central requires ({@code url}, {@code licenses}, {@code developers}, {@code scm}, directly or through
 * the parent POM in the bundle). A SNAPSHOT bundle keeps its metadata, so it can serve as a local file repository,
 * and only notes what a release would lack. Then the directory is zipped, entries in name order with a fixed time.
 */
public final class CentralBundle {

    private static final String[] CENTRAL_POM_ELEMENTS = {"url", "licenses", "developers", "scm"};
    private static final Pattern VERSION_DIR_POM = Pattern.compile(".*\\.pom$");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CentralBundle BUNDLE_DIR ZIP");
            System.exit(2);
        }
        Path bundle = Paths.get(args[0]);
        Path zip = Paths.get(args[1]);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(bundle)) {
            problems.add(bundle + " does not exist: did the deploy run?");
        } else {
            check(bundle, problems, notes);
        }
        for (String note : notes) {
            System.out.println("[central-bundle] note: " + note);
        }
        if (!problems.isEmpty()) {
            for (String problem : problems) {
                System.err.println("[central-bundle] " + problem);
            }
            System.exit(1);
        }
        zip(bundle, zip);
        System.out.println("[central-bundle] " + zip + " (" + Files.size(zip) + " bytes)");
    }

    static void check(Path bundle, List<String> problems, List<String> notes) throws IOException {
        List<Path> versionDirs;
        try (Stream<Path> files = Files.walk(bundle)) {
            versionDirs = files.filter(Files::isRegularFile)
                    .filter(file -> VERSION_DIR_POM
                            .matcher(file.getFileName().toString())
                            .matches())
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .collect(Collectors.toList());
        }
        if (versionDirs.isEmpty()) {
            problems.add("no POM in " + bundle);
            return;
        }
        String parentPom = null;
        for (Path dir : versionDirs) {
            if (dir.getParent().getFileName().toString().equals("evalwire-parent")) {
                parentPom = Files.readString(newestPom(dir));
            }
        }
        boolean anySignature;
        try (Stream<Path> files = Files.walk(bundle)) {
            anySignature = files.anyMatch(file -> file.toString().endsWith(".asc"));
        }
        int signed = 0;
        for (Path dir : versionDirs) {
            String version = dir.getFileName().toString();
            String artifactId = dir.getParent().getFileName().toString();
            boolean release = !version.endsWith("-SNAPSHOT");
            String component = artifactId + ":" + version;
            if (release) {
                try (Stream<Path> files = Files.list(dir.getParent())) {
                    for (Path metadata : files.filter(
                                    file -> file.getFileName().toString().startsWith("maven-metadata"))
                            .collect(Collectors.toList())) {
                        Files.delete(metadata);
                    }
                }
            }
            Path pom = newestPom(dir);
            String pomText = Files.readString(pom);
            String base = pom.getFileName().toString().replaceFirst("\\.pom$", "");
            boolean hasJar = Files.isRegularFile(dir.resolve(base + ".jar"));
            String packaging = element(stripNested(pomText), "packaging");
            if (hasJar || packaging.isEmpty() || packaging.equals("jar")) {
                for (String suffix : new String[] {".jar", "-sources.jar", "-javadoc.jar"}) {
                    if (!Files.isRegularFile(dir.resolve(base + suffix))) {
                        problems.add(component + ": missing " + base + suffix);
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            boolean inherits = pomText.contains("<artifactId>evalwire-parent</artifactId>")
                    && !artifactId.equals("evalwire-parent");
            for (String name : CENTRAL_POM_ELEMENTS) {
                if (!hasElement(pomText, name) && !(inherits && parentPom != null && hasElement(parentPom, name))) {
                    missing.add("<" + name + ">");
                }
            }
            if (!missing.isEmpty()) {
                String message = component + ": the POM has no " + String.join(", ", missing)
                        + ", which Central requires (docs/RELEASING.md)";
                if (release) {
                    problems.add(message);
                } else if (artifactId.equals("evalwire-parent") || artifactId.equals("evalwire-bom")) {
                    notes.add(message + "; a SNAPSHOT bundle is for local use only");
                }
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (isSidecar(name) || name.startsWith("maven-metadata")) {
                        continue;
                    }
                    checkSum(file, "md5", "MD5", problems);
                    checkSum(file, "sha1", "SHA-1", problems);
                    if (Files.isRegularFile(file.resolveSibling(name + ".asc"))) {
                        signed++;
                    } else if (anySignature) {
                        problems.add(component + ": " + name + " is not signed");
                    }
                }
            }
            System.out.println("[central-bundle] " + component + (hasJar ? ": jar, sources, javadoc, pom" : ": pom")
                    + ", md5 and sha1" + (anySignature ? ", signed" : ""));
        }
        if (!anySignature) {
            notes.add("no signatures (.asc): Central needs them; set a key to turn signing on (docs/RELEASING.md)");
        } else {
            System.out.println("[central-bundle] " + signed + " files signed");
        }
    }

    private static Path newestPom(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pom"))
                    .sorted()
                    .reduce((first, second) -> second)
                    .orElseThrow(IllegalStateException::new);
        }
    }

    private static boolean isSidecar(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md5")
                || lower.endsWith(".sha1")
                || lower.endsWith(".sha256")
                || lower.endsWith(".sha512")
                || lower.endsWith(".asc");
    }

    private static void checkSum(Path file, String extension, String algorithm, List<String> problems)
            throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + "." + extension);
        if (!Files.isRegularFile(sidecar)) {
            problems.add("missing " + sidecar.getFileName());
            return;
        }
        String expected = Files.readString(sidecar).trim().split("\\s+")[0];
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            if (!hex.toString().equalsIgnoreCase(expected)) {
                problems.add(sidecar.getFileName() + " does not match " + file.getFileName());
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void zip(Path bundle, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bundle)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        FileTime time = FileTime.fromMillis(0);
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(bundle.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(time);
                zipOut.putNextEntry(entry);
                Files.copy(file, zipOut);
                zipOut.closeEntry();
            }
        }
    }

    private static boolean hasElement(String pom, String name) {
        return !element(stripNested(pom), name).isEmpty()
                || Pattern.compile("<" + name + ">\\s*<")
                        .matcher(stripComments(pom))
                        .find();
    }

    /** The POM without comments and without sections whose children reuse top-level names. */
    private static String stripNested(String pom) {
        return stripComments(pom)
                .replaceAll(
                        "(?s)<(parent|dependencies|dependencyManagement|build|properties|profiles|modules|reporting)>.*?</\\1>",
                        "");
    }

    private static String stripComments(String pom) {
        return pom.replaceAll("(?s)<!--.*?-->", "");
    }

    private static String element(String text, String name) {
        Matcher matcher =
                Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
