package dev.evalwire.core.internal.errors;

import dev.evalwire.core.ApiException;
import dev.evalwire.core.AuthenticationException;
import dev.evalwire.core.BadRequestException;
import dev.evalwire.core.ConflictException;
import dev.evalwire.core.ErrorResponse;
import dev.evalwire.core.InternalServerException;
import dev.evalwire.core.NotFoundException;
import dev.evalwire.core.PermissionDeniedException;
import dev.evalwire.core.RateLimitException;
import dev.evalwire.core.RedirectException;
import dev.evalwire.core.UnexpectedStatusException;
import dev.evalwire.core.UnprocessableEntityException;
import dev.evalwire.core.internal.http.Redirects;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * An error response as its exception will report it, already free of secrets ({@link ErrorMapper#describe}):
 * {@link #get()} makes the {@link ApiException} subclass for its status and its message, a new one on each call.
 */
public final class DescribedError implements Supplier<ApiException> {

    private final ErrorResponse error;

    @Nullable
    private final String bodyProblem;

    private final Collection<String> secrets;
    private final List<String> apiKeyVariables;

    DescribedError(
            ErrorResponse error,
            @Nullable String bodyProblem,
            Collection<String> secrets,
            List<String> apiKeyVariables) {
        this.error = error;
        this.bodyProblem = bodyProblem;
        this.secrets = secrets;
        this.apiKeyVariables = apiKeyVariables;
    }

    /** @return the exception for the status: {@link RedirectException} for 3xx */
    @Override
    public ApiException get() {
        String message = ErrorMapper.message(error, bodyProblem, secrets, apiKeyVariables);
        int status = error.status();
        if (Redirects.isRedirect(status)) {
            return new RedirectException(error, message);
        }
        switch (status) {
            case 400:
                return new BadRequestException(error, message);
            case 401:
                return new AuthenticationException(error, message);
            case 403:
                return new PermissionDeniedException(error, message);
            case 404:
                return new NotFoundException(error, message);
            case 409:
                return new ConflictException(error, message);
            case 422:
                return new UnprocessableEntityException(error, message);
            case 429:
                return new RateLimitException(error, message);
            default:
                return status >= 500 && status <= 599
                        ? new InternalServerException(error, message)
                        : new UnexpectedStatusException(error, message);
        }
    }
}
