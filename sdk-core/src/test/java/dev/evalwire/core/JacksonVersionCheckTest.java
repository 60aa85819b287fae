package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.Version;
import dev.evalwire.core.internal.json.JacksonVersionCheck;
import org.junit.jupiter.api.Test;

/** An old Jackson on the classpath fails with a message that says how to fix it. */
class JacksonVersionCheckTest {

    private static Version version(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
    }

    @Test
    void olderJacksonIsRefusedWithAFix() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> JacksonVersionCheck.check("jackson-databind", version(2, 12, 7)));
        assertEquals(
                "Evalwire needs jackson-databind 2.15.0 or newer, but 2.12.7 is on the classpath. Align Jackson"
                        + " by importing com.fasterxml.jackson:jackson-bom (or dev.evalwire:evalwire-bom) in your"
                        + " dependencyManagement.",
                e.getMessage());
    }

    @Test
    void unknownVersionIsRefused() {
        assertThrows(
                IllegalStateException.class, () -> JacksonVersionCheck.check("jackson-core", Version.unknownVersion()));
    }

    @Test
    void minimumAndNewerAreAccepted() {
        assertDoesNotThrow(() -> JacksonVersionCheck.check("jackson-databind", version(2, 15, 0)));
        assertDoesNotThrow(() -> JacksonVersionCheck.check("jackson-databind", version(2, 22, 4)));
        assertDoesNotThrow(() -> JacksonVersionCheck.check("jackson-databind", version(3, 0, 0)));
        assertDoesNotThrow(() ->
                JacksonVersionCheck.check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION));
    }
}
