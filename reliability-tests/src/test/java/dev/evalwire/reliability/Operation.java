package dev.evalwire.reliability;

import java.util.Locale;

/** Which of a vendor's two calls a test makes: the update it was written for, or the read of the same resource. */
enum Operation {
    /** The vendor's update call ({@code PUT} or {@code PATCH}), with a JSON body. */
    UPDATE,
    /** The vendor's read of the resource the update changes: {@code GET}, no body; safe to retry. */
    READ;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
