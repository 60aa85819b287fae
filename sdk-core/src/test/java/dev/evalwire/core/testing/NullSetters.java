package dev.evalwire.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every setter of a vendor's request builders by reflection and calls it with a Java {@code null}, so that a
 * setter added later is checked without anyone listing it. The rule checked: a null is never a silent clear, and
 * the error names the field and what to do instead.
 *
 * <p>A builder is a public static nested class {@code Builder} whose enclosing class has a static
 * {@code builder()} method. Starting from the given root builders, every builder reachable through a setter's
 * parameter type (including array and list element types) is included. A setter is a public instance method
 * declared by the builder that returns the builder and has at least one reference-type parameter; each
 * reference-type parameter gives one {@link Call}, with null in that position and sample values in the others.
 */
public final class NullSetters {

    private static final String MUST_NOT_BE_NULL = " must not be null; ";

    private NullSetters() {}

    /**
     * @param roots the builders to start from, for example {@code UpdateEvaluationParams.Builder.class}
     * @return one call per reference-type parameter of every setter of every reachable builder, in a stable order
     */
    public static List<Call> of(Class<?>... roots) {
        Set<Class<?>> builders = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(Arrays.asList(roots));
        while (!pending.isEmpty()) {
            Class<?> builder = pending.removeFirst();
            if (!builders.add(builder)) {
                continue;
            }
            for (Method setter : setters(builder)) {
                for (Type parameter : setter.getGenericParameterTypes()) {
                    Class<?> nested = builderOf(elementType(parameter));
                    if (nested != null) {
                        pending.addLast(nested);
                    }
                }
            }
        }
        List<Call> calls = new ArrayList<>();
        for (Class<?> builder : builders) {
            for (Method setter : setters(builder)) {
                Class<?>[] types = setter.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (!types[i].isPrimitive()) {
                        calls.add(new Call(setter, i));
                    }
                }
            }
        }
        return calls;
    }

    /**
     * Checks that the error names one of the setter's fields and, as advice, its {@code clearX()} method when the
     * field has one, else {@code ifNotClearable}.
     *
     * @param call the call that was made
     * @param thrown what it threw
     * @param ifNotClearable text the advice must contain when the field has no {@code clearX()}
     */
    public static void assertNamesFieldAndClearOr(Call call, Throwable thrown, String ifNotClearable) {
        assertNamesFieldAndAdvice(
                call,
                thrown,
                call.fieldNames(),
                call.clearMethod().map(clear -> "call " + clear + "()").orElse(ifNotClearable));
    }

    /**
     * Checks the shape of the error: {@code <subject> must not be null; <advice>}, where the subject is the field
     * or ends with {@code .<field>} (a path), and the advice contains the expected text.
     *
     * @param call the call that was made
     * @param thrown what it threw
     * @param fields the names the subject may end with (the JSON name, or the Java name for request ids)
     * @param advice text the advice must contain, such as {@code call clearTags()}
     */
    public static void assertNamesFieldAndAdvice(Call call, Throwable thrown, List<String> fields, String advice) {
        String message = thrown.getMessage();
        assertNotNull(message, call + " threw without a message");
        int cut = message.indexOf(MUST_NOT_BE_NULL);
        assertTrue(cut > 0, call + ": \"" + message + "\" does not say \"<field> must not be null; <advice>\"");
        String subject = message.substring(0, cut);
        boolean named = false;
        for (String field : fields) {
            named |= subject.equals(field) || subject.endsWith("." + field);
        }
        assertTrue(named, call + ": \"" + message + "\" does not name the field as one of " + fields);
        assertTrue(
                message.substring(cut + MUST_NOT_BE_NULL.length()).contains(advice),
                call + ": \"" + message + "\" does not advise \"" + advice + "\"");
    }

    /**
     * Checks that the call threw the expected type.
     *
     * @param type the expected type
     * @param thrown what the call threw
     * @param call the call, for the message
     */
    public static void assertType(Class<? extends Throwable> type, Throwable thrown, Call call) {
        assertEquals(type, thrown.getClass(), call + " threw " + thrown);
    }

    private static List<Method> setters(Class<?> builder) {
        List<Method> setters = new ArrayList<>();
        for (Method method : builder.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            if (Modifier.isPublic(modifiers)
                    && !Modifier.isStatic(modifiers)
                    && !method.isSynthetic()
                    && method.getReturnType() == builder
                    && hasReferenceParameter(method)) {
                setters.add(method);
            }
        }
        setters.sort(Comparator.comparing(Method::getName)
                .thenComparing(method -> Arrays.toString(method.getParameterTypes())));
        return setters;
    }

    private static boolean hasReferenceParameter(Method method) {
        for (Class<?> type : method.getParameterTypes()) {
            if (!type.isPrimitive()) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof Class) {
            Class<?> raw = (Class<?>) type;
            return raw.isArray() ? raw.getComponentType() : raw;
        }
        if (type instanceof ParameterizedType) {
            Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
            if (arguments.length == 1 && arguments[0] instanceof Class) {
                return (Class<?>) arguments[0];
            }
        }
        return null;
    }

    private static Class<?> builderOf(Class<?> type) {
        if (type == null) {
            return null;
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())) {
                try {
                    Method factory = type.getMethod("builder");
                    return Modifier.isStatic(factory.getModifiers()) ? nested : null;
                } catch (NoSuchMethodException noFactory) {
                    return null;
                }
            }
        }
        return null;
    }

    /** One setter called with null in one reference-type parameter. */
    public static final class Call {
        private final Method method;
        private final int position;

        Call(Method method, int position) {
            this.method = method;
            this.position = position;
        }

        /** @return the builder class that declares the setter */
        public Class<?> builder() {
            return method.getDeclaringClass();
        }

        /** @return the setter's class and name and the null's position, for example {@code LlmConfig.put#0} */
        public String id() {
            return builder().getEnclosingClass().getSimpleName() + "." + name() + "#" + position;
        }

        /** @return the setter's name, for example {@code tags} */
        public String name() {
            return method.getName();
        }

        /** @return the position of the null argument */
        public int position() {
            return position;
        }

        /** @return how many parameters the setter has */
        public int parameterCount() {
            return method.getParameterCount();
        }

        /**
         * @return the names the error may use for the field of a one-parameter setter: the setter's name without
         *     a {@code FromItem} suffix, as is and in snake_case ({@code modelName} and {@code model_name})
         */
        public List<String> fieldNames() {
            String name = method.getName().endsWith("FromItem")
                    ? method.getName().substring(0, method.getName().length() - "FromItem".length())
                    : method.getName();
            return Arrays.asList(
                    name, name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase());
        }

        /**
         * @return the builder's {@code clearX()} method for this setter (the setter's name with {@code clear} in
         *     front and its first letter in upper case), when the builder declares one without parameters
         */
        public Optional<String> clearMethod() {
            String clear = "clear" + Character.toUpperCase(name().charAt(0)) + name().substring(1);
            try {
                builder().getMethod(clear);
                return Optional.of(clear);
            } catch (NoSuchMethodException none) {
                return Optional.empty();
            }
        }

        /**
         * Calls the setter on a new builder (from the enclosing class's {@code builder()}), with null in
         * {@link #position()} and, elsewhere, the sample value for the parameter's type: {@code samples} first,
         * then {@code "sample"} for {@code String} and {@code Object} and a JSON string for {@code JsonNode}.
         *
         * @param samples sample values by parameter type, for the parameters that are not null
         * @return what the setter threw
         * @throws AssertionError when it threw nothing
         */
        public Throwable invoke(Map<Class<?>, Object> samples) {
            Map<Class<?>, Object> values = new HashMap<>();
            values.put(String.class, "sample");
            values.put(Object.class, "sample");
            values.put(JsonNode.class, TextNode.valueOf("sample"));
            values.putAll(samples);
            Class<?>[] types = method.getParameterTypes();
            Object[] arguments = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                if (i != position) {
                    assertTrue(values.containsKey(types[i]), this + ": no sample value for " + types[i].getName());
                    arguments[i] = values.get(types[i]);
                }
            }
            try {
                Object builder =
                        builder().getEnclosingClass().getMethod("builder").invoke(null);
                method.invoke(builder, arguments);
            } catch (InvocationTargetException thrown) {
                return thrown.getCause();
            } catch (ReflectiveOperationException broken) {
                throw new AssertionError(this + ": cannot call", broken);
            }
            return fail(this + " accepted null");
        }

        /** @return for example {@code HostedEvalConfig.Builder.headers(null)} or {@code put("sample", null)} */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(builder().getEnclosingClass().getSimpleName())
                    .append(".Builder.")
                    .append(name())
                    .append('(');
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                out.append(i == 0 ? "" : ", ").append(types[i].getSimpleName()).append(i == position ? " null" : "");
            }
            return out.append(')').toString();
        }
    }
}
