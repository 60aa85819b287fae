/**
 * In-process fakes ("sandboxes") of the four vendor APIs, for tests and examples. Its public API takes and returns
 * only strings and its own types, so it exports nothing of Jackson's.
 *
 * <p>Compiled with {@code --release 9} into {@code META-INF/versions/9} of a multi-release jar; everything else in
 * the jar is Java 8 bytecode.
 */
module dev.evalwire.testing {
    // The sandboxes' HTTP server.
    requires jdk.httpserver;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    // The vendors' OpenAPI documents, read as resources; an automatic module (resources only), so its packages
    // are open to resource lookups.
    requires dev.evalwire.specs;

    exports dev.evalwire.testing;
}
