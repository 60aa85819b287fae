package dev.evalwire.core.internal.errors;

import javax.annotation.Nullable;

/** Reason phrases for the statuses that appear in exception messages. */
final class StatusReasons {

    private StatusReasons() {}

    @Nullable
    static String of(int status) {
        switch (status) {
            case 301:
                return "Moved Permanently";
            case 302:
                return "Found";
            case 303:
                return "See Other";
            case 307:
                return "Temporary Redirect";
            case 308:
                return "Permanent Redirect";
            case 400:
                return "Bad Request";
            case 401:
                return "Unauthorized";
            case 403:
                return "Forbidden";
            case 404:
                return "Not Found";
            case 408:
                return "Request Timeout";
            case 409:
                return "Conflict";
            case 413:
                return "Payload Too Large";
            case 422:
                return "Unprocessable Entity";
            case 429:
                return "Too Many Requests";
            case 500:
                return "Internal Server Error";
            case 501:
                return "Not Implemented";
            case 502:
                return "Bad Gateway";
            case 503:
                return "Service Unavailable";
            case 504:
                return "Gateway Timeout";
            default:
                return null;
        }
    }
}
