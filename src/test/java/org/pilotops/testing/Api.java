package org.pilotops.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A REST client signed in as one account, against the portal under test or, {@linkplain #at another node},
 * any portal the test started.
 */
public final class Api {

    /** The header that lets an API call without a body through (CrossSiteRequestFilter). */
    public static final String REQUESTED_WITH = "X-Requested-With";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String authorization;
    /** The portal's base URI; null for the portal under test, started on first use. */
    private final URI base;

    private Api(String authorization, URI base) {
        this.authorization = authorization;
        this.base = base;
    }

    public static Api as(String username) {
        return withPassword(username, org.pilotops.launch.DemoData.DEMO_PASSWORD);
    }

    public static Api withPassword(String username, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)), null);
    }

    /** The same client against another portal: a second node, a portal of a test's own. */
    public Api at(URI portal) {
        return new Api(authorization, portal);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    /** One answer: status, headers and the body as text and, when it is JSON, as JSON. */
    public record Answer(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(response.body())).read();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + response.body();
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Without a body, hence without {@code Content-Type}: the API wants its custom header instead (CSRF). */
    public Answer delete(String path) {
        return send(request(path).header(REQUESTED_WITH, "pilotops-tests").DELETE());
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is a file (a PDF, a workbook): its bytes as they came. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        URI uri = (base == null ? TestEnvironment.portal() : base).resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }
}
