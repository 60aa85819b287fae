package dev.evalwire.benchmarks;

/**
 * One cold-start sample, run in a fresh JVM by {@link Suite}: makes one update call against the given server and
 * prints {@code System.currentTimeMillis()} when the call has completed; the launcher subtracts the time it
 * started the process.
 */
public final class ColdStart {

    private ColdStart() {}

    /**
     * @param args variant, vendor, base URL
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        UpdateCall call = Target.server(args[2]).create(Variant.of(args[0]), Vendor.of(args[1]));
        Object result = call.call();
        long done = System.currentTimeMillis();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        System.out.println("done " + done);
        System.out.flush();
        call.close();
        System.exit(0);
    }
}
