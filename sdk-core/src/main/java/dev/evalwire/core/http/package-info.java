/**
 * The SDK's view of HTTP: {@link dev.evalwire.core.http.HttpTransport} sends an
 * {@link dev.evalwire.core.http.HttpRequest} and answers with an {@link dev.evalwire.core.http.HttpResponse};
 * {@link dev.evalwire.core.http.HttpHeaders} are the headers of both (and of every
 * {@link dev.evalwire.core.ApiException}). The default transport uses OkHttp; plug in your own with the client
 * builder's {@code transport(...)}, for example an in-memory one in tests.
 */
package dev.evalwire.core.http;
