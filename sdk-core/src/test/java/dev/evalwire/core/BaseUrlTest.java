package dev.evalwire.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evalwire.core.internal.BaseUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BaseUrls.normalize("http://api.example.com", false));
        assertTrue(e.getMessage().contains("allowInsecureHttp(true)"), e.getMessage());
        assertEquals("http://api.example.com", BaseUrls.normalize("http://api.example.com", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com/?x=1", "https://api.example.com/#top",
        "https://user:pw@api.example.com", "ftp://api.example.com", "api.example.com", "", "   "})
    void malformedBaseUrlsAreRefused(String url) {
        assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(url, false));
    }

    /**
     * Hosts that only look like loopback: names under {@code localhost} or starting with {@code 127.} resolve
     * wherever their DNS says, and IPv4 spellings other than four plain decimal octets are read differently by
     * different resolvers. Plain http to any of them would send the API key unencrypted off the machine.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1.attacker.example", "http://127.evil.example", "http://127.0.0.1.nip.io",
        "http://evil.localhost", "http://localhost.evil.example", "http://localhost.", "http://localhost1",
        "http://mylocalhost", "http://xn--localhost", "http://127.1", "http://127.0.1", "http://0x7f.0.0.1",
        "http://2130706433", "http://0177.0.0.1", "http://127.000.000.001", "http://127.0.0.01", "http://127.0.0.09",
        "http://127.0.0.1.", "http://127.0.0.", "http://127.0.0.1.1", "http://127.0.0.256", "http://127.0.0.260",
        "http://127.0.0.300", "http://127.0.0.2550", "http://127.a.0.1", "http://1127.0.0.1", "http://1270.0.0.1",
        "http://128.0.0.1", "http://126.0.0.1", "http://0.0.0.0", "http://[::]", "http://[::2]",
        "http://[::127.0.0.1]", "http://[::1:0]", "http://[fe80::1]"})
    void loopbackLookalikesNeedTheOptIn(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseUrls.normalize(url, false),
                url);
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
        "http://LocalHost/proxy/, http://localhost/proxy"})
    void loopbackFormsNeedNoOptIn(String url, String normalized) {
        assertEquals(normalized, BaseUrls.normalize(url, false));
    }
}
