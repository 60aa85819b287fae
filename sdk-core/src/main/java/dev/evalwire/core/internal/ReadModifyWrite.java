package dev.evalwire.core.internal;

import dev.evalwire.core.ConcurrentChangeException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a resource, lets the caller compute a change from it, reads again just before writing, and writes only
 * when what identifies the resource's version is the same in both reads ({@link ConcurrentChangeException}
 * otherwise). The vendors offer no precondition, so a change made between the second read and the write is not
 * seen.
 *
 * @param <R> the read's answer
 */
public final class ReadModifyWrite<R> {

    private final String what;
    private final Supplier<R> read;
    private final Function<R, ?> version;

    /**
     * @param what the resource, for the message (free of secrets)
     * @param read one read
     * @param version what tells two versions of the resource apart (a modification time, a configuration)
     */
    public ReadModifyWrite(String what, Supplier<R> read, Function<R, ?> version) {
        this.what = what;
        this.read = read;
        this.version = version;
    }

    /**
     * @param change computes the write's parameters from the current resource
     * @param write sends them
     * @return the write's answer
     * @throws NullPointerException when {@code change} is null or returns null, before the write
     * @throws ConcurrentChangeException when the resource changed after the first read; nothing is written
     */
    public <P, W> W run(Function<? super R, ? extends P> change, Function<? super P, ? extends W> write) {
        Objects.requireNonNull(change, "change");
        R before = read.get();
        P params =
                Objects.requireNonNull(change.apply(before), "the change returned null; return the parameters to send");
        R now = read.get();
        if (!Objects.equals(version.apply(before), version.apply(now))) {
            throw new ConcurrentChangeException(what + " changed between the read and the write; nothing was written");
        }
        return write.apply(params);
    }
}
