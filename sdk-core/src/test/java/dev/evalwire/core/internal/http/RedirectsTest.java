package dev.evalwire.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The redirect rule itself: a builder made never to follow, and exactly 300 to 399 counted as redirects. */
class RedirectsTest {

    @Test
    void neverFollowTurnsBothKindsOfFollowingOffOnTheSameBuilder() {
        OkHttpClient.Builder builder =
                new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true);
        assertSame(builder, Redirects.neverFollow(builder));
        OkHttpClient client = builder.build();
        assertFalse(client.followRedirects());
        assertFalse(client.followSslRedirects());
    }

    @Test
    void exactlyThe3xxRangeIsARedirect() {
        assertFalse(Redirects.isRedirect(299));
        assertTrue(Redirects.isRedirect(300));
        assertTrue(Redirects.isRedirect(304));
        assertTrue(Redirects.isRedirect(399));
        assertFalse(Redirects.isRedirect(400));
    }
}
