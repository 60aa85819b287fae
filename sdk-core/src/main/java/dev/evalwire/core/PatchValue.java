package dev.evalwire.core;

import java.util.Objects;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * A request-body field with three states: absent (not sent), explicit null (sent as JSON {@code null}) or
 * a value.
 *
 * <p>Update calls need all three: an absent field leaves the stored value unchanged, an explicit null
 * clears it, and a value replaces it. The SDK's JSON mapper omits absent fields and writes explicit nulls
 * even though it omits plain Java nulls everywhere else.
 *
 * <p>Instances are immutable. {@link #of(Object)} rejects a Java {@code null}: call {@link #explicitNull()}
 * to send JSON {@code null} on purpose.
 *
 * @param <T> the type of the value
 */
public final class PatchValue<T> {

    /** The three states of a {@link PatchValue}. */
    public enum State {
        /** Not sent at all: the server keeps what it has. */
        ABSENT,
        /** Sent as JSON {@code null}: the server clears the field. */
        NULL,
        /** Sent with a value. */
        VALUE
    }

    private static final PatchValue<Object> ABSENT = new PatchValue<>(State.ABSENT, null);
    private static final PatchValue<Object> NULL = new PatchValue<>(State.NULL, null);

    private final State state;

    @Nullable
    private final T value;

    private PatchValue(State state, @Nullable T value) {
        this.state = state;
        this.value = value;
    }

    /**
     * Returns the absent state: the field is left out of the request body.
     *
     * @param <T> the value type
     * @return the shared absent instance
     */
    @SuppressWarnings("unchecked")
    public static <T> PatchValue<T> absent() {
        return (PatchValue<T>) ABSENT;
    }

    /**
     * Returns the explicit-null state: the field is sent as JSON {@code null}.
     *
     * @param <T> the value type
     * @return the shared explicit-null instance
     */
    @SuppressWarnings("unchecked")
    public static <T> PatchValue<T> explicitNull() {
        return (PatchValue<T>) NULL;
    }

    /**
     * Returns a field that is sent with {@code value}.
     *
     * @param value the value; must not be {@code null}
     * @param <T> the value type
     * @return a field holding {@code value}
     * @throws NullPointerException if {@code value} is null (use {@link #explicitNull()} to send null)
     */
    public static <T> PatchValue<T> of(T value) {
        if (value == null) {
            throw new NullPointerException("PatchValue.of(null): use PatchValue.explicitNull() to send JSON null");
        }
        return new PatchValue<>(State.VALUE, value);
    }

    /** @return the state of this field */
    public State state() {
        return state;
    }

    /** @return true when the field is left out of the request */
    public boolean isAbsent() {
        return state == State.ABSENT;
    }

    /** @return true when the field is sent as JSON {@code null} */
    public boolean isNull() {
        return state == State.NULL;
    }

    /** @return true when the field holds a value */
    public boolean isValue() {
        return state == State.VALUE;
    }

    /**
     * Returns the value.
     *
     * @return the value
     * @throws IllegalStateException when the field is absent or explicitly null
     */
    public T get() {
        if (state != State.VALUE) {
            throw new IllegalStateException("PatchValue is " + state + " and has no value; check isValue() first");
        }
        return value;
    }

    /**
     * Returns the value, or {@code other} when the field is absent or explicitly null.
     *
     * @param other the fallback
     * @return the value or the fallback
     */
    @Nullable
    public T orElse(@Nullable T other) {
        return state == State.VALUE ? value : other;
    }

    /**
     * Maps the value, keeping the absent and null states as they are.
     *
     * @param mapper the function applied to the value; must not return null
     * @param <R> the result type
     * @return the mapped field
     */
    public <R> PatchValue<R> map(Function<? super T, ? extends R> mapper) {
        if (state != State.VALUE) {
            @SuppressWarnings("unchecked")
            PatchValue<R> self = (PatchValue<R>) this;
            return self;
        }
        return of(mapper.apply(value));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PatchValue)) {
            return false;
        }
        PatchValue<?> other = (PatchValue<?>) o;
        return state == other.state && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    /** Describes the state and, for values, the value itself; builders that hold secrets redact before this. */
    @Override
    public String toString() {
        switch (state) {
            case ABSENT:
                return "absent";
            case NULL:
                return "null";
            default:
                return String.valueOf(value);
        }
    }
}
