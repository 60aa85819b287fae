package dev.evalwire.core.internal;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Checks and normalises a client's base URL: absolute http(s), no query, fragment or user info, and plain http
 * only to a loopback host unless the caller opted in.
 */
public final class BaseUrls {

    /**
     * 127.0.0.0/8 written as exactly four decimal octets, each 0 to 255 without leading zeros: the one IPv4 form
     * every resolver reads the same way. Shorter forms ({@code 127.1}), hex, octal and leading zeros are not
     * loopback here.
     */
    private static final Pattern LOOPBACK_IPV4 =
            Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private BaseUrls() {
    }

    /**
     * Checks a base URL and removes a trailing {@code /}.
     *
     * @param url the base URL, for example {@code https://api.example.com} or {@code http://127.0.0.1:8080/proxy}
     * @param allowInsecureHttp whether plain {@code http} is allowed to hosts other than loopback
     * @return the URL without a trailing slash
     * @throws IllegalArgumentException if the URL is not http(s), has a query, fragment or user info, or is
     *     plain http to a host that is not loopback without the opt-in. Loopback means an IPv4 address in
     *     127.0.0.0/8 written as four decimal octets, the IPv6 address {@code ::1} (any spelling) or the name
     *     {@code localhost}; names that merely start with {@code 127.} or end with {@code .localhost} are not.
     */
    public static String normalize(String url, boolean allowInsecureHttp) {
        if (url == null || url.trim().isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not be null or empty");
        }
        HttpUrl parsed = HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl is not an absolute http(s) URL: " + url.trim());
        }
        if (parsed.encodedQuery() != null || parsed.encodedFragment() != null || url.contains("#")) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + parsed.host());
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not contain user info; pass the API key with apiKey(...)");
        }
        if (!parsed.isHttps() && !allowInsecureHttp && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException("baseUrl uses plain http to " + parsed.host()
                    + ", which would send the API key unencrypted; use https, or call allowInsecureHttp(true)"
                    + " on the builder if this is intended");
        }
        String text = parsed.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /**
     * Tells whether a host, as canonicalised by {@link HttpUrl#host()}, is provably this machine. OkHttp has
     * already lower-cased names, written every IPv6 spelling of ::1 as {@code ::1} (without brackets) and turned
     * IPv4-mapped addresses such as {@code ::ffff:127.0.0.1} into dotted IPv4.
     */
    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || LOOPBACK_IPV4.matcher(host).matches();
    }
}
