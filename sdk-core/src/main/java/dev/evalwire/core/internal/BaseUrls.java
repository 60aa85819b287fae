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

    /** A port as OkHttp reads it: decimal digits, any number of leading zeros, at most five significant ones. */
    private static final Pattern PORT = Pattern.compile("0*[0-9]{1,5}");

    private BaseUrls() {}

    /**
     * Checks a base URL and removes trailing {@code /}s. No message quotes the URL: one that does not parse is
     * described (scheme, port or host), and a refused one is named by its host only when the text has no
     * {@code @}, since what stands before an {@code @} may be a password.
     *
     * @param url the base URL, for example {@code https://api.example.com} or {@code http://127.0.0.1:8080/proxy}
     * @param allowInsecureHttp whether plain {@code http} is allowed to hosts other than loopback
     * @return the URL without a trailing slash
     * @throws IllegalArgumentException if the URL is null or blank, is not an absolute http(s) URL with a valid
     *     host and a port from 1 to 65535, has a query, fragment or user info, or is plain http to a host that is
     *     not loopback without the opt-in. Loopback means an IPv4 address in 127.0.0.0/8 written as four decimal
     *     octets, the IPv6 address {@code ::1} (any spelling) or the name {@code localhost}; names that merely
     *     start with {@code 127.} or end with {@code .localhost} are not.
     */
    public static String normalize(String url, boolean allowInsecureHttp) {
        if (url == null || url.trim().isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not be null or empty");
        }
        String trimmed = url.trim();
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null) {
            throw new IllegalArgumentException(whyUnparseable(trimmed));
        }
        if (parsed.encodedQuery() != null || parsed.encodedFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment");
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not contain user info; pass the API key with apiKey(...)");
        }
        if (!parsed.isHttps() && !allowInsecureHttp && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException("baseUrl uses plain http to "
                    + (trimmed.contains("@") ? "its host" : parsed.host())
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
     * Says what makes a URL that OkHttp refused invalid, without quoting any of it. The authority is found the
     * way OkHttp finds it (after the scheme and any {@code /} or {@code \}, up to the next {@code /}, {@code \},
     * {@code ?} or {@code #}), and everything up to its last {@code @} is skipped unread.
     */
    private static String whyUnparseable(String url) {
        if (!url.regionMatches(true, 0, "http:", 0, 5) && !url.regionMatches(true, 0, "https:", 0, 6)) {
            return "baseUrl must be an absolute URL that starts with http:// or https://";
        }
        int start = url.indexOf(':') + 1;
        while (start < url.length() && (url.charAt(start) == '/' || url.charAt(start) == '\\')) {
            start++;
        }
        int end = start;
        while (end < url.length() && "/\\?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        String host = hostAndPort;
        if (colon > hostAndPort.lastIndexOf(']')) {
            if (!isPort(hostAndPort.substring(colon + 1))) {
                return "baseUrl has an invalid port; allowed: 1 to 65535";
            }
            host = hostAndPort.substring(0, colon);
        }
        return host.isEmpty() ? "baseUrl has no host" : "baseUrl has an invalid host";
    }

    /** An empty port (OkHttp then uses the scheme's default) or a decimal number from 1 to 65535. */
    private static boolean isPort(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (!PORT.matcher(text).matches()) {
            return false;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535;
    }

    /**
     * Tells whether a host, as canonicalised by {@link HttpUrl#host()}, is provably this machine. OkHttp has
     * already lower-cased names, written every IPv6 spelling of ::1 as {@code ::1} (without brackets) and turned
     * IPv4-mapped addresses such as {@code ::ffff:127.0.0.1} into dotted IPv4.
     */
    private static boolean isLoopback(String host) {
        return host.equals("localhost")
                || host.equals("::1")
                || LOOPBACK_IPV4.matcher(host).matches();
    }
}
