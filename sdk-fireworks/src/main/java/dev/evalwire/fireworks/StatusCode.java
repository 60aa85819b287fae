package dev.evalwire.fireworks;

import dev.evalwire.core.OpenEnum;

/**
 * A {@code google.rpc.Code} name, as in an evaluator's {@link BuildStatus}. Open: a code this SDK version does
 * not know is kept with its raw string, and {@link #known()} returns {@link Known#_UNKNOWN}.
 */
public final class StatusCode extends OpenEnum {

    /** The codes this SDK version knows, in {@code google.rpc.Code} number order (OK is 0, UNAUTHENTICATED 16). */
    public enum Known {
        /** Not an error (HTTP 200). */
        OK,
        /** Cancelled, typically by the caller (HTTP 499). */
        CANCELLED,
        /** Unknown error (HTTP 500). */
        UNKNOWN,
        /** The client gave an invalid argument (HTTP 400). */
        INVALID_ARGUMENT,
        /** The deadline expired (HTTP 504). */
        DEADLINE_EXCEEDED,
        /** Something was not found (HTTP 404). */
        NOT_FOUND,
        /** Something already exists (HTTP 409). */
        ALREADY_EXISTS,
        /** The caller may not do this (HTTP 403). */
        PERMISSION_DENIED,
        /** A quota or resource ran out (HTTP 429). */
        RESOURCE_EXHAUSTED,
        /** The system is not in the state the operation needs (HTTP 400). */
        FAILED_PRECONDITION,
        /** Aborted, typically by a concurrency conflict (HTTP 409). */
        ABORTED,
        /** Attempted past the valid range (HTTP 400). */
        OUT_OF_RANGE,
        /** Not implemented or not enabled (HTTP 501). */
        UNIMPLEMENTED,
        /** Internal error (HTTP 500). */
        INTERNAL,
        /** Currently unavailable (HTTP 503). */
        UNAVAILABLE,
        /** Unrecoverable data loss (HTTP 500). */
        DATA_LOSS,
        /** Missing or invalid credentials (HTTP 401). */
        UNAUTHENTICATED,
        /** A code added after this SDK version; see {@link StatusCode#value()}. */
        _UNKNOWN
    }

    /** Not an error; also what an omitted code means. */
    public static final StatusCode OK = new StatusCode("OK");
    /** Cancelled. */
    public static final StatusCode CANCELLED = new StatusCode("CANCELLED");
    /** Unknown error. */
    public static final StatusCode UNKNOWN = new StatusCode("UNKNOWN");
    /** Invalid argument. */
    public static final StatusCode INVALID_ARGUMENT = new StatusCode("INVALID_ARGUMENT");
    /** Deadline exceeded. */
    public static final StatusCode DEADLINE_EXCEEDED = new StatusCode("DEADLINE_EXCEEDED");
    /** Not found. */
    public static final StatusCode NOT_FOUND = new StatusCode("NOT_FOUND");
    /** Already exists. */
    public static final StatusCode ALREADY_EXISTS = new StatusCode("ALREADY_EXISTS");
    /** Permission denied. */
    public static final StatusCode PERMISSION_DENIED = new StatusCode("PERMISSION_DENIED");
    /** Unauthenticated. */
    public static final StatusCode UNAUTHENTICATED = new StatusCode("UNAUTHENTICATED");
    /** Resource exhausted. */
    public static final StatusCode RESOURCE_EXHAUSTED = new StatusCode("RESOURCE_EXHAUSTED");
    /** Failed precondition. */
    public static final StatusCode FAILED_PRECONDITION = new StatusCode("FAILED_PRECONDITION");
    /** Aborted. */
    public static final StatusCode ABORTED = new StatusCode("ABORTED");
    /** Out of range. */
    public static final StatusCode OUT_OF_RANGE = new StatusCode("OUT_OF_RANGE");
    /** Unimplemented. */
    public static final StatusCode UNIMPLEMENTED = new StatusCode("UNIMPLEMENTED");
    /** Internal error. */
    public static final StatusCode INTERNAL = new StatusCode("INTERNAL");
    /** Unavailable. */
    public static final StatusCode UNAVAILABLE = new StatusCode("UNAVAILABLE");
    /** Data loss. */
    public static final StatusCode DATA_LOSS = new StatusCode("DATA_LOSS");

    private StatusCode(String value) {
        super(value);
    }

    /**
     * @param value the raw code name as the API spells it
     * @return the code; equal to the matching constant when known
     * @throws NullPointerException if {@code value} is null
     */
    public static StatusCode of(String value) {
        return new StatusCode(value);
    }

    /**
     * Reads the numeric form of a code (protobuf JSON readers accept numbers for enums).
     *
     * @param number the {@code google.rpc.Code} number
     * @return the named code for 0 to 16; otherwise a code whose raw value is the number as text
     */
    public static StatusCode ofNumber(long number) {
        Known[] known = Known.values();
        return number >= 0 && number < known.length - 1 ? of(known[(int) number].name()) : of(Long.toString(number));
    }

    /** @return the known constant, or {@link Known#_UNKNOWN} for a code newer than this SDK */
    public Known known() {
        return knownOf(Known.class, value(), Known._UNKNOWN);
    }
}
