package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.scale.ScaleClient;
import dev.evalwire.testing.RecordedRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four clients have one call shape: per endpoint (the update and the read) the call and its {@code ...Async}
 * form, each with and without a trailing {@code RequestOptions}, the same four on {@code withRawResponse()}, ids
 * first, then the params. The eight forms send the same request. Scale's client alone adds a read without params
 * (the server's defaults); besides the calls, each client has only its plumbing and its read-modify-write and wait
 * helpers.
 */
class CallShapeTest {

    private static final Set<String> CLIENT_PLUMBING = Set.of("builder", "fromEnv", "withRawResponse", "close");
    private static final Set<String> ACCOUNT_METHODS = Set.of("withAccount", "accountId");

    /** The helpers built on the two calls, tested in the vendor modules. */
    private static final Map<Vendor, Set<String>> HELPERS = Map.of(
            Vendor.PRIMEINTELLECT, Set.of("modifyEvaluation", "awaitEvaluation", "awaitEvaluationAsync"),
            Vendor.FIREWORKS, Set.of("modifyEvaluator", "awaitBuild", "awaitBuildAsync"),
            Vendor.SCALE, Set.of("modifyTaskConfiguration"),
            Vendor.KEYWORDSAI, Set.of("modifyEvaluator", "previewUpdate"));

    static Stream<Endpoint> endpoints() {
        return Endpoint.all().stream();
    }

    @ParameterizedTest(name = "{0}: the eight forms, on the client and on withRawResponse()")
    @MethodSource("endpoints")
    void everyCallHasTheEightForms(Endpoint endpoint) throws Exception {
        try (AutoCloseable client = client(endpoint.vendor(), "https://api.example.com")) {
            Class<?> type = client.getClass();
            Class<?> raw = type.getMethod("withRawResponse").getReturnType();
            String name = callName(type, endpoint.operation());
            Set<String> eight = signatures(name, argumentTypes(endpoint));

            Set<String> onClient = new TreeSet<>(eight);
            if (endpoint.vendor() == Vendor.SCALE && endpoint.operation() == Operation.READ) {
                onClient.add(signature(name, List.of(String.class)));
                onClient.add(signature(name + "Async", List.of(String.class)));
            }
            assertEquals(onClient, signatures(type, name), "client calls");
            assertEquals(eight, signatures(raw, name), "raw calls");
        }
    }

    @ParameterizedTest(name = "{0}: nothing else is public")
    @EnumSource(Vendor.class)
    void besidesTheCallsOnlyPlumbingAndHelpersArePublic(Vendor vendor) throws Exception {
        try (AutoCloseable client = client(vendor, "https://api.example.com")) {
            Class<?> type = client.getClass();
            Set<String> calls = new TreeSet<>();
            for (Operation operation : Operation.values()) {
                String name = callName(type, operation);
                calls.add(name);
                calls.add(name + "Async");
            }
            Set<String> others = publicMethods(type).stream()
                    .map(Method::getName)
                    .filter(n -> !calls.contains(n))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(CLIENT_PLUMBING);
            expected.addAll(HELPERS.get(vendor));
            if (vendor == Vendor.FIREWORKS || vendor == Vendor.SCALE) {
                expected.addAll(ACCOUNT_METHODS);
                assertEquals(type, type.getMethod("withAccount", String.class).getReturnType());
            }
            assertEquals(expected, others, "nothing else is public");

            Class<?> raw = type.getMethod("withRawResponse").getReturnType();
            Set<String> rawNames =
                    publicMethods(raw).stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(calls, rawNames, "withRawResponse() has the calls only");
            for (Method method : publicMethods(raw)) {
                Class<?> returns = method.getName().endsWith("Async") ? CompletableFuture.class : ApiResponse.class;
                assertEquals(returns, method.getReturnType(), method.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}: the eight forms send the same request")
    @MethodSource("endpoints")
    void theEightFormsSendTheSameRequest(Endpoint endpoint) throws Exception {
        Vendor vendor = endpoint.vendor();
        try (VendorSandbox served = VendorSandbox.start(vendor, Vendor.API_KEY);
                AutoCloseable client = client(vendor, served.baseUrl(endpoint.operation()))) {
            String name = callName(client.getClass(), endpoint.operation());
            Object raw = client.getClass().getMethod("withRawResponse").invoke(client);
            RequestOptions options =
                    RequestOptions.builder().header("x-shape", "1").build();
            for (Object target : new Object[] {client, raw}) {
                for (String method : List.of(name, name + "Async")) {
                    for (boolean withOptions : new boolean[] {false, true}) {
                        List<Object> args = new ArrayList<>(endpoint.callArguments());
                        if (withOptions) {
                            args.add(options);
                        }
                        Object result = invoke(target, method, args);
                        if (result instanceof ApiResponse) {
                            assertEquals(200, ((ApiResponse<?>) result).status());
                        }
                    }
                }
            }
            List<RecordedRequest> requests = served.requests(endpoint.operation());
            assertEquals(8, requests.size());
            assertEquals(8, served.sandbox().requestCount());
            RecordedRequest first = requests.get(0);
            assertEquals(endpoint.method(), first.method());
            assertEquals(endpoint.path(endpoint.ids()), first.path());
            assertEquals(endpoint.query(), first.query());
            for (int i = 0; i < requests.size(); i++) {
                RecordedRequest request = requests.get(i);
                assertEquals(first.method(), request.method(), "request " + i);
                assertEquals(first.path(), request.path(), "request " + i);
                assertEquals(first.query(), request.query(), "request " + i);
                assertEquals(first.body(), request.body(), "request " + i);
                assertEquals(i % 2 == 1 ? "1" : null, request.header("x-shape"), "options only where given: " + i);
            }
        }
    }

    /** Scale's read without params sends the server's defaults: no query at all. */
    @Test
    void scalesReadWithoutParamsSendsNoQuery() throws Exception {
        Endpoint read = new Endpoint(Vendor.SCALE, Operation.READ);
        try (VendorSandbox served = VendorSandbox.start(Vendor.SCALE, Vendor.API_KEY);
                ScaleClient client = (ScaleClient) client(Vendor.SCALE, served.baseUrl(Operation.READ))) {
            client.getEvaluation("eval_demo");
            client.getEvaluationAsync("eval_demo").get(10, TimeUnit.SECONDS);
            List<RecordedRequest> requests = served.requests(Operation.READ);
            assertEquals(2, requests.size());
            for (RecordedRequest request : requests) {
                assertEquals("GET", request.method());
                assertEquals(read.path(read.ids()), request.path());
                assertNull(request.query());
            }
        }
    }

    private static AutoCloseable client(Vendor vendor, String baseUrl) {
        return vendor.build(
                vendor.builder().apiKey(Vendor.API_KEY).baseUrl(baseUrl).maxRetries(0));
    }

    /** Calls the public method of that name and arity, waiting for an async one's result. */
    private static Object invoke(Object target, String name, List<Object> args) throws Exception {
        Object result = find(target.getClass(), name, args.size()).invoke(target, args.toArray());
        return result instanceof CompletableFuture ? ((CompletableFuture<?>) result).get(10, TimeUnit.SECONDS) : result;
    }

    private static List<Class<?>> argumentTypes(Endpoint endpoint) {
        return endpoint.callArguments().stream()
                .map(CallShapeTest::argumentType)
                .collect(Collectors.toList());
    }

    /** The params are declared as the vendor's type; Scale's configuration as its base class, of the same package. */
    private static Class<?> argumentType(Object argument) {
        if (argument instanceof String) {
            return String.class;
        }
        Class<?> type = argument.getClass();
        Class<?> parent = type.getSuperclass();
        return parent.getPackage() == type.getPackage() ? parent : type;
    }

    /** The one public call named {@code update...} or {@code get...} (not its async form). */
    private static String callName(Class<?> client, Operation operation) {
        String prefix = operation == Operation.READ ? "get" : "update";
        Set<String> names = publicMethods(client).stream()
                .map(Method::getName)
                .filter(n -> n.startsWith(prefix) && !n.endsWith("Async"))
                .collect(Collectors.toSet());
        assertEquals(1, names.size(), names.toString());
        return names.iterator().next();
    }

    private static Set<String> signatures(String name, List<Class<?>> arguments) {
        Set<String> out = new TreeSet<>();
        for (String method : List.of(name, name + "Async")) {
            List<Class<?>> withOptions = new ArrayList<>(arguments);
            withOptions.add(RequestOptions.class);
            out.add(signature(method, arguments));
            out.add(signature(method, withOptions));
        }
        return out;
    }

    private static Set<String> signatures(Class<?> type, String name) {
        return publicMethods(type).stream()
                .filter(m -> m.getName().equals(name) || m.getName().equals(name + "Async"))
                .map(m -> signature(m.getName(), Arrays.asList(m.getParameterTypes())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String signature(String name, List<Class<?>> parameters) {
        return name + parameters.stream().map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The public methods a user can call on {@code type}: its own and those it inherits (the generated calls). */
    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic())
                .collect(Collectors.toList());
    }

    private static Method find(Class<?> type, String name, int parameters) {
        return publicMethods(type).stream()
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " with " + parameters + " arguments"));
    }
}
