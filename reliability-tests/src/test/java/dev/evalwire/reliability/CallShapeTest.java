package dev.evalwire.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evalwire.core.ApiResponse;
import dev.evalwire.core.RequestOptions;
import dev.evalwire.testing.RecordedRequest;
import dev.evalwire.testing.Sandbox;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four clients have one call shape: per endpoint the call and its {@code ...Async} form, each with and without
 * a trailing {@code RequestOptions}, the same four on {@code withRawResponse()}, ids first, then the params. The
 * eight forms send the same request.
 */
class CallShapeTest {

    private static final Set<String> CLIENT_PLUMBING = Set.of("builder", "fromEnv", "withRawResponse", "close");
    private static final Set<String> ACCOUNT_METHODS = Set.of("withAccount", "accountId");

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyClientHasTheSameEightMethodsPerEndpoint(Vendor vendor) throws Exception {
        try (AutoCloseable client = client(vendor, "https://api.example.com")) {
            Class<?> type = client.getClass();
            List<Class<?>> arguments = vendor.callArguments().stream()
                    .map(CallShapeTest::argumentType)
                    .collect(Collectors.toList());
            String name = callName(type);

            assertEquals(signatures(name, arguments), signatures(type, name), "client calls");
            Class<?> raw = type.getMethod("withRawResponse").getReturnType();
            assertEquals(signatures(name, arguments), signatures(raw, name), "raw calls");
            for (Method method : publicMethods(raw)) {
                Class<?> expected = method.getName().endsWith("Async") ? CompletableFuture.class : ApiResponse.class;
                assertEquals(expected, method.getReturnType(), method.toString());
            }

            Set<String> others = publicMethods(type).stream()
                    .map(Method::getName)
                    .filter(n -> !n.startsWith(name))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(CLIENT_PLUMBING);
            if (vendor == Vendor.FIREWORKS || vendor == Vendor.SCALE) {
                expected.addAll(ACCOUNT_METHODS);
                assertEquals(type, type.getMethod("withAccount", String.class).getReturnType());
            }
            assertEquals(expected, others, "nothing else is public");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theEightFormsSendTheSameRequest(Vendor vendor) throws Exception {
        try (Sandbox sandbox = vendor.startSandbox(Vendor.API_KEY);
                AutoCloseable client = client(vendor, sandbox.baseUrl())) {
            String name = callName(client.getClass());
            Object raw = client.getClass().getMethod("withRawResponse").invoke(client);
            RequestOptions options =
                    RequestOptions.builder().header("x-shape", "1").build();
            for (Object target : new Object[] {client, raw}) {
                for (String method : List.of(name, name + "Async")) {
                    for (boolean withOptions : new boolean[] {false, true}) {
                        List<Object> args = new ArrayList<>(vendor.callArguments());
                        if (withOptions) {
                            args.add(options);
                        }
                        Object result =
                                find(target.getClass(), method, args.size()).invoke(target, args.toArray());
                        if (result instanceof CompletableFuture) {
                            result = ((CompletableFuture<?>) result).get(10, TimeUnit.SECONDS);
                        }
                        if (result instanceof ApiResponse) {
                            assertEquals(200, ((ApiResponse<?>) result).status());
                        }
                    }
                }
            }
            List<RecordedRequest> requests = sandbox.requests();
            assertEquals(8, requests.size());
            RecordedRequest first = requests.get(0);
            assertEquals(vendor.path(vendor.defaultIds), first.path());
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

    private static AutoCloseable client(Vendor vendor, String baseUrl) {
        return vendor.build(
                vendor.builder().apiKey(Vendor.API_KEY).baseUrl(baseUrl).maxRetries(0));
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

    private static String callName(Class<?> client) {
        Set<String> names = publicMethods(client).stream()
                .map(Method::getName)
                .filter(n -> n.startsWith("update") && !n.endsWith("Async"))
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
                .filter(m -> m.getName().startsWith(name))
                .map(m -> signature(m.getName(), Arrays.asList(m.getParameterTypes())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String signature(String name, List<Class<?>> parameters) {
        return name + parameters.stream().map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .collect(Collectors.toList());
    }

    private static Method find(Class<?> type, String name, int parameters) {
        return publicMethods(type).stream()
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " with " + parameters + " arguments"));
    }
}
