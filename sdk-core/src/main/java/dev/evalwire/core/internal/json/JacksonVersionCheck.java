package dev.evalwire.core.internal.json;

import com.fasterxml.jackson.core.Version;

/**
 * Fails fast, with a message that says what to do, when the Jackson on the classpath is older than the SDK
 * supports; an older Jackson otherwise breaks later with an obscure {@code NoSuchMethodError}.
 */
public final class JacksonVersionCheck {

    /** The oldest jackson-databind and jackson-core the SDK is built and tested against. */
    public static final Version MINIMUM = new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-databind");

    private JacksonVersionCheck() {}

    /** Checks the jackson-databind and jackson-core found on the classpath. */
    static void checkClasspath() {
        check("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    }

    /**
     * @param artifact the artifact name, for the message
     * @param found the version found
     * @throws IllegalStateException when {@code found} is older than {@link #MINIMUM} or unknown
     */
    public static void check(String artifact, Version found) {
        if (found == null || found.isUnknownVersion() || olderThanMinimum(found)) {
            String version = found == null || found.isUnknownVersion() ? "an unknown version" : found.toString();
            throw new IllegalStateException("Evalwire needs " + artifact + " " + MINIMUM.getMajorVersion() + "."
                    + MINIMUM.getMinorVersion() + "." + MINIMUM.getPatchLevel() + " or newer, but " + version
                    + " is on the classpath. Align Jackson by importing com.fasterxml.jackson:jackson-bom (or"
                    + " dev.evalwire:evalwire-bom) in your dependencyManagement.");
        }
    }

    private static boolean olderThanMinimum(Version found) {
        int[] have = {found.getMajorVersion(), found.getMinorVersion(), found.getPatchLevel()};
        int[] need = {MINIMUM.getMajorVersion(), MINIMUM.getMinorVersion(), MINIMUM.getPatchLevel()};
        for (int i = 0; i < have.length; i++) {
            if (have[i] != need[i]) {
                return have[i] < need[i];
            }
        }
        return false;
    }
}
