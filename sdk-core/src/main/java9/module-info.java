/**
 * Evalwire core: the transport, JSON, auth, retries, errors and redaction shared by the vendor clients.
 *
 * <p>jsr305 is not required: its {@code @Nullable} annotations document the API and nothing reads them at run
 * time, so the jar needs no read edge to it, and a published descriptor should not name jsr305's module, whose
 * name is only derived from its file name.
 *
 * <p>Compiled with {@code --release 9} into {@code META-INF/versions/9} of a multi-release jar; everything else in
 * the jar is Java 8 bytecode.
 */
module dev.evalwire.core {
    // In the public API: ObjectMapper, JsonNode and ObjectNode (ApiObject, ClientBuilder, responses) and the
    // Jackson annotations and exceptions they carry.
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.annotation;
    // In the public API: ClientBuilder.okHttpClient(OkHttpClient). OkHttp brings okio and kotlin.stdlib.
    requires transitive okhttp3;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.logging;
    // Optional: log lines go to SLF4J when the application has it, else to java.util.logging. No `uses` clause:
    // it would make org.slf4j mandatory at run time; LogSink declares the use itself when SLF4J is there.
    requires static org.slf4j;

    exports dev.evalwire.core;
    exports dev.evalwire.core.http;
    // Shared with the vendor modules only; not an API.
    exports dev.evalwire.core.internal to
            dev.evalwire.primeintellect,
            dev.evalwire.fireworks,
            dev.evalwire.scale,
            dev.evalwire.keywordsai;
    exports dev.evalwire.core.internal.errors to
            dev.evalwire.primeintellect,
            dev.evalwire.fireworks,
            dev.evalwire.scale,
            dev.evalwire.keywordsai;
    exports dev.evalwire.core.internal.json to
            dev.evalwire.primeintellect,
            dev.evalwire.fireworks,
            dev.evalwire.scale,
            dev.evalwire.keywordsai;
}
