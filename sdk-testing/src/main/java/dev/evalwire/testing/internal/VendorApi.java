package dev.evalwire.testing.internal;

import dev.evalwire.testing.RecordedRequest;

/** One vendor's fake API: its auth, its error wording and its routes and state. */
public interface VendorApi {

    /** Checks the vendor's auth header. */
    Authenticator authenticator();

    /** The vendor's error wording. */
    ErrorShapes errors();

    /** Answers an authenticated request. */
    SandboxResponse handle(RecordedRequest request);
}
