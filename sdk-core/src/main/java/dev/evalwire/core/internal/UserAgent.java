package dev.evalwire.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds the {@code User-Agent} header: {@code evalwire-java/<version> (<vendor>) Java/<java.version>}. */
public final class UserAgent {

    private static final String VERSION = readVersion();

    private UserAgent() {}

    /** @return the SDK version from the build, or {@code unknown} */
    public static String sdkVersion() {
        return VERSION;
    }

    /**
     * @param vendor the vendor module's short name, for example {@code primeintellect}
     * @return the header value
     */
    public static String forVendor(String vendor) {
        return "evalwire-java/" + VERSION + " (" + vendor + ") Java/" + System.getProperty("java.version", "unknown");
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/evalwire/core/evalwire.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
