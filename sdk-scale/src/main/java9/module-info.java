/**
 * Evalwire's client for the Scale GenAI Platform's task configuration update call ({@code ScaleClient}).
 *
 * <p>Compiled with {@code --release 9} into {@code META-INF/versions/9} of a multi-release jar; everything else in
 * the jar is Java 8 bytecode.
 */
module dev.evalwire.scale {
    // The client's API is built on core's (ClientBuilder, ApiResponse, exceptions) and on Jackson's tree types.
    requires transitive dev.evalwire.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.annotation;

    exports dev.evalwire.scale;
}
