package dev.evalwire.testing.internal;

import dev.evalwire.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Picks the {@link Route} for a request by path and method. A path no route matches gets the
 * vendor's 404; a path some routes match, but none with the request's method, gets the vendor's
 * 405 with {@code Allow} listing those routes' methods in order (e.g. {@code GET, PATCH}).
 */
public final class Router {

    private final ErrorShapes errors;
    private final List<Route> routes;

    /**
     * @param errors the vendor's error wording
     * @param routes the routes, in the order {@code Allow} lists them
     */
    public Router(ErrorShapes errors, List<Route> routes) {
        this.errors = errors;
        this.routes = Collections.unmodifiableList(new ArrayList<>(routes));
    }

    /** The answer of the matching route, or the vendor's 404 or 405. */
    public SandboxResponse dispatch(RecordedRequest request) {
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Map<String, String> variables = route.match(request.path());
            if (variables == null) {
                continue;
            }
            if (route.method().equalsIgnoreCase(request.method())) {
                return route.answer(variables, request);
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            return errors.noRoute();
        }
        return errors.methodNotAllowed(request.method(), String.join(", ", allowed));
    }
}
