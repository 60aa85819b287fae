package dev.evalwire.core;

/**
 * How many calls the client's own OkHttp client runs at once; further async calls wait in its queue without holding
 * a thread. Defaults ({@link #defaults()}): 64 calls in all and 64 to one host. A vendor client sends every call to
 * one host, so the per-host limit is raised from OkHttp's own default of 5, which would throttle it.
 *
 * <p>{@link #maxRequests()} also bounds the threads the async calls run on: at most that many, reused while idle
 * and ended after a minute without work (OkHttp's own pool has no bound and, under a long queue, starts threads
 * past the limit). Sync calls run on the caller's thread and are not counted. These limits apply only to the
 * OkHttp client the SDK creates; with {@code okHttpClient(...)}, set them on your client's
 * {@code okhttp3.Dispatcher} instead.
 */
public final class ConcurrencyLimits {

    private static final ConcurrencyLimits DEFAULTS = new ConcurrencyLimits(64, 64);

    private final int maxRequests;
    private final int maxRequestsPerHost;

    private ConcurrencyLimits(int maxRequests, int maxRequestsPerHost) {
        this.maxRequests = maxRequests;
        this.maxRequestsPerHost = maxRequestsPerHost;
    }

    /** @return 64 calls in all, 64 to one host */
    public static ConcurrencyLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param maxRequests calls in flight at once, in all; 1 to 100,000
     * @param maxRequestsPerHost calls in flight at once to one host; 1 to {@code maxRequests}
     * @return the limits
     * @throws IllegalArgumentException outside those ranges
     */
    public static ConcurrencyLimits of(int maxRequests, int maxRequestsPerHost) {
        if (maxRequests < 1 || maxRequests > 100_000) {
            throw new IllegalArgumentException("maxRequests must be between 1 and 100000, was " + maxRequests);
        }
        if (maxRequestsPerHost < 1 || maxRequestsPerHost > maxRequests) {
            throw new IllegalArgumentException("maxRequestsPerHost must be between 1 and maxRequests (" + maxRequests
                    + "), was " + maxRequestsPerHost);
        }
        return new ConcurrencyLimits(maxRequests, maxRequestsPerHost);
    }

    /** @return the most calls in flight at once */
    public int maxRequests() {
        return maxRequests;
    }

    /** @return the most calls in flight at once to one host */
    public int maxRequestsPerHost() {
        return maxRequestsPerHost;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConcurrencyLimits
                && ((ConcurrencyLimits) o).maxRequests == maxRequests
                && ((ConcurrencyLimits) o).maxRequestsPerHost == maxRequestsPerHost;
    }

    @Override
    public int hashCode() {
        return 31 * maxRequests + maxRequestsPerHost;
    }

    @Override
    public String toString() {
        return "ConcurrencyLimits{maxRequests=" + maxRequests + ", maxRequestsPerHost=" + maxRequestsPerHost + "}";
    }
}
