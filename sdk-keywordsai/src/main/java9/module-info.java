/**
 * Evalwire's client for the Keywords AI / Respan evaluator update call ({@code KeywordsAiClient}).
 *
 * <p>Compiled with {@code --release 9} into {@code META-INF/versions/9} of a multi-release jar; everything else in
 * the jar is Java 8 bytecode.
 */
module dev.evalwire.keywordsai {
    // The client's API and the types generated from specs/keywordsai.yaml are built on core's (ClientBuilder,
    // ApiResponse, PatchBody, ApiObject, exceptions) and on Jackson's tree types.
    requires transitive dev.evalwire.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.annotation;

    exports dev.evalwire.keywordsai;
}
