package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.BaseUrls;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Base URLs are https (or loopback http), without query, fragment or user info. */
class BaseUrlTest {

    @Test
    void trailingSlashIsRemovedAndPathPrefixKept() {
        assertEquals("https://api.respan.ai", BaseUrls.normalize("https://api.respan.ai/", false));
        assertEquals("https://proxy.example.com/egp", BaseUrls.normalize("https://proxy.example.com/egp/", false));
        assertEquals("http://127.0.0.1:8080", BaseUrls.normalize("http://127.0.0.1:8080", false));
        assertEquals("http://localhost:9", BaseUrls.normalize("http://localhost:9/", false));
    }

    @Test
    void plainHttpToARemoteHostNeedsTheOptIn() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize("http://api.example.com", false));
        assertTrue(e.getMessage().contains("allowInsecureHttp(true)"), e.getMessage());
        assertEquals("http://api.example.com", BaseUrls.normalize("http://api.example.com", true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://api.example.com/?x=1",
                "https://api.example.com/#top",
                "https://alice:pw@api.example.com",
                "ftp://api.example.com",
                "api.example.com",
                "",
                "   "
            })
    void malformedBaseUrlsAreRefused(String url) {
        assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(url, false));
    }

    /**
     * Hosts that only look like loopback: names under {@code localhost} or starting with {@code 127.} resolve
     * wherever their DNS says, and IPv4 spellings other than four plain decimal octets are read differently by
     * different resolvers. Plain http to any of them would send the API key unencrypted off the machine.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1.attacker.example",
                "http://127.evil.example",
                "http://127.0.0.1.nip.io",
                "http://evil.localhost",
                "http://localhost.evil.example",
                "http://localhost.",
                "http://localhost1",
                "http://mylocalhost",
                "http://xn--localhost",
                "http://127.1",
                "http://127.0.1",
                "http://0x7f.0.0.1",
                "http://2130706433",
                "http://0177.0.0.1",
                "http://127.000.000.001",
                "http://127.0.0.01",
                "http://127.0.0.09",
                "http://127.0.0.1.",
                "http://127.0.0.",
                "http://127.0.0.1.1",
                "http://127.0.0.256",
                "http://127.0.0.260",
                "http://127.0.0.300",
                "http://127.0.0.2550",
                "http://127.a.0.1",
                "http://1127.0.0.1",
                "http://1270.0.0.1",
                "http://128.0.0.1",
                "http://126.0.0.1",
                "http://0.0.0.0",
                "http://[::]",
                "http://[::2]",
                "http://[::127.0.0.1]",
                "http://[::1:0]",
                "http://[fe80::1]"
            })
    void loopbackLookalikesNeedTheOptIn(String url) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(url, false), url);
        assertTrue(e.getMessage().startsWith("baseUrl uses plain http to "), e.getMessage());
        assertTrue(e.getMessage().contains("allowInsecureHttp(true)"), e.getMessage());
        BaseUrls.normalize(url, true);
        BaseUrls.normalize(url.replace("http://", "https://"), false);
    }

    /** Only 127.0.0.0/8 written as four decimal octets, ::1 in any spelling, and the name localhost are loopback. */
    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1, http://127.0.0.1",
        "http://127.0.0.0:8080/, http://127.0.0.0:8080",
        "http://127.255.255.255, http://127.255.255.255",
        "http://127.250.249.200, http://127.250.249.200",
        "http://127.199.100.99, http://127.199.100.99",
        "http://127.10.9.0, http://127.10.9.0",
        "http://[::ffff:127.0.0.1]:9, http://127.0.0.1:9",
        "http://[::ffff:7f00:1], http://127.0.0.1",
        "http://[::1], http://[::1]",
        "http://[0:0:0:0:0:0:0:1]:8080, http://[::1]:8080",
        "http://[::0001], http://[::1]",
        "http://[0::1]/p/, http://[::1]/p",
        "http://localhost, http://localhost",
        "http://LOCALHOST:8080, http://localhost:8080",
        "http://LocalHost/proxy/, http://localhost/proxy"
    })
    void loopbackFormsNeedNoOptIn(String url, String normalized) {
        assertEquals(normalized, BaseUrls.normalize(url, false));
    }

    private static final String SCHEME = "baseUrl must be an absolute URL that starts with http:// or https://";
    private static final String PORT = "baseUrl has an invalid port; allowed: 1 to 65535";
    private static final String NO_HOST = "baseUrl has no host";
    private static final String HOST = "baseUrl has an invalid host";

    static Stream<Arguments> unparseableUrlsWithUserInfo() {
        return Stream.of(
                Arguments.of("https://alice:SECRET@host:99999", PORT),
                Arguments.of("HTTPS://alice:SECRET@host:65536", PORT),
                Arguments.of("https://alice:SECRET@host:0", PORT),
                Arguments.of("https://alice:SECRET@host:-1", PORT),
                Arguments.of("https://alice:SECRET@host:8o", PORT),
                Arguments.of("https://alice:SECRET@[::1]:99999", PORT),
                Arguments.of("https://alice:SE/CRET@host", PORT),
                Arguments.of("https://alice:SE?CRET@host", PORT),
                Arguments.of("https://alice:SE#CRET@host", PORT),
                Arguments.of("https://alice:SE\\CRET@host", PORT),
                Arguments.of("https://alice:SECRET@host:99999/a:80", PORT),
                Arguments.of("https://alice:SECRET@host:99999?a:80", PORT),
                Arguments.of("https://alice:SECRET@host:99999#a:80", PORT),
                Arguments.of("https:\\\\alice:SECRET@host:99999\\a:80", PORT),
                Arguments.of("http:alice:SECRET@host:99999", PORT),
                Arguments.of("https://alice:SECRET@", NO_HOST),
                Arguments.of("https://", NO_HOST),
                Arguments.of("https:\\\\", NO_HOST),
                Arguments.of("http:", NO_HOST),
                Arguments.of("https://alice:SECRET@:443", NO_HOST),
                Arguments.of("https://alice:SECRET@/path", NO_HOST),
                Arguments.of("https://alice:SECRET@ho st", HOST),
                Arguments.of("http://alice:SECRET@ho st", HOST),
                Arguments.of("https://alice:SECRET@ho st:", HOST),
                Arguments.of("https://alice:SECRET@ho st:1", HOST),
                Arguments.of("https://alice:SECRET@ho st:65535", HOST),
                Arguments.of("https://alice:SECRET@ho st:00080", HOST),
                Arguments.of("https://alice:SECRET@[::1", HOST),
                Arguments.of("https://alice:p@ss:SECRET@ho st", HOST),
                Arguments.of("ftp://alice:SECRET@host", SCHEME),
                Arguments.of("alice:SECRET@host", SCHEME),
                Arguments.of("//alice:SECRET@host", SCHEME),
                Arguments.of("httpx://alice:SECRET@host", SCHEME),
                Arguments.of("https", SCHEME));
    }

    /** A URL that does not parse is described, never quoted: its user info may hold a password. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unparseableUrlsWithUserInfo")
    void unparseableUrlNamesTheProblemWithoutEchoingUserInfo(String url, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(url, true));
        assertEquals(message, e.getMessage());
        assertNothingOfTheUserInfo(e);
    }

    /** URLs that parse but are refused: the messages name at most the host, and no host when there is an '@'. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://alice:SECRET@api.example.com",
                "http://alice:SECRET@api.example.com",
                "https://:SECRET@api.example.com",
                "https://alice@api.example.com",
                "https://alice:SECRET@api.example.com/?q",
                "https://alice:SECRET@api.example.com#f",
                "https://alice#SECRET@api.example.com",
                "https://alice?SECRET@api.example.com",
                "http://alice/SECRET@api.example.com"
            })
    void refusedUrlWithAnAtSignNamesNoPartOfIt(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(url, false));
        assertTrue(e.getMessage().startsWith("baseUrl "), e.getMessage());
        assertNothingOfTheUserInfo(e);
        assertFalse(e.getMessage().contains("api.example.com"), e.getMessage());
    }

    @Test
    void messagesNameTheProblem() {
        assertEquals(
                "baseUrl must not be null or empty",
                assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(null, false))
                        .getMessage());
        assertEquals(
                "baseUrl must not be null or empty",
                assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(" \t", false))
                        .getMessage());
        assertEquals(
                "baseUrl must not have a query or fragment",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BaseUrls.normalize("https://api.example.com/?", true))
                        .getMessage());
        assertEquals(
                "baseUrl must not have a query or fragment",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BaseUrls.normalize("https://api.example.com/#", true))
                        .getMessage());
        assertEquals(
                "baseUrl must not contain user info; pass the API key with apiKey(...)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BaseUrls.normalize("https://:pw@api.example.com", true))
                        .getMessage());
        assertEquals(
                "baseUrl uses plain http to its host, which would send the API key unencrypted; use"
                        + " https, or call allowInsecureHttp(true) on the builder if this is intended",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BaseUrls.normalize("http://api.example.com/@team", false))
                        .getMessage());
        assertEquals(
                "baseUrl uses plain http to api.example.com, which would send the API key unencrypted; use"
                        + " https, or call allowInsecureHttp(true) on the builder if this is intended",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BaseUrls.normalize("http://api.example.com/team", false))
                        .getMessage());
    }

    private static void assertNothingOfTheUserInfo(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertFalse(
                    message.contains("SECRET")
                            || message.contains("CRET")
                            || message.contains("alice")
                            || message.contains("p@ss"),
                    message);
            assertEquals(0, t.getSuppressed().length);
        }
        assertNull(refused.getCause(), "no cause that could carry the URL");
    }
}
