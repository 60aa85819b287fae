package dev.evalwire.core;

import javax.annotation.Nullable;

/**
 * The server answered with a redirect (a 3xx status). The SDK never follows a redirect: following one could send
 * the API key to another origin or over plain http, and would turn a {@code PUT} or {@code PATCH} into a
 * {@code GET}, so an update that never happened would look like a success. A redirect is never retried.
 *
 * <p>It usually means the base URL is wrong (for example {@code http} where the API wants {@code https}, or a
 * missing path prefix); {@link #location()} says where the server pointed.
 */
public class RedirectException extends UnexpectedStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * @param response the decoded response
     * @param message the message, already free of secrets
     */
    public RedirectException(ErrorResponse response, String message) {
        super(response, message);
    }

    /** @return the {@code Location} header of the redirect, or null when the server sent none */
    @Nullable
    public String location() {
        return headers().first("location");
    }
}
