package dev.evalwire.core.internal.errors;

import dev.evalwire.core.FieldError;
import java.util.Collections;
import java.util.List;
import javax.annotation.Nullable;

/** What {@link ErrorBodyParser} found in an error body: a message, field errors and a body-level retry hint. */
public final class ErrorBody {

    static final ErrorBody EMPTY = new ErrorBody(null, Collections.<FieldError>emptyList(), null);

    @Nullable
    private final String message;

    private final List<FieldError> fieldErrors;

    @Nullable
    private final Double retryAfterSeconds;

    ErrorBody(@Nullable String message, List<FieldError> fieldErrors, @Nullable Double retryAfterSeconds) {
        this.message = message;
        this.fieldErrors = Collections.unmodifiableList(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return the server's message, or null when the body had none */
    @Nullable
    public String message() {
        return message;
    }

    /** @return field errors, possibly empty */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** @return the body's {@code retry_after} in seconds, or null */
    @Nullable
    public Double retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
