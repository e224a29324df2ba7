package io.tradewire.client.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.core.json.Json;
import io.tradewire.core.signing.CanonicalPayload;
import io.tradewire.core.signing.RequestSigner;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The REST side of the shared codecs: a request's parameters as a query string (signed over exactly the text that
 * is sent), and a response body through the same streaming decoders as a WebSocket API {@code result}.
 */
final class RestCodec {
    private static final JsonFactory JSON = Json.mapper().getFactory(); // with a codec, should a decoder need trees

    private RestCodec() {
    }

    /**
     * @param p a request's own parameters (no timestamp, no signature)
     * @return each as {@code name -> wire text}, in the order they were added
     */
    static List<Map.Entry<String, String>> entries(RequestParams p) {
        if (p == null || p.isEmpty()) {
            return List.of();
        }
        List<String> names = p.names();
        List<Map.Entry<String, String>> out = new ArrayList<>(names.size() + 3);
        for (String name : names) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(name, p.get(name)));
        }
        return out;
    }

    /** @return the query string of an unsigned request (empty for none) */
    static String query(List<Map.Entry<String, String>> params) {
        return CanonicalPayload.restQuery(params);
    }

    /**
     * The query string of a signed request: its parameters, {@code timestamp}, {@code recvWindow} when set, then
     * {@code signature} over everything before it, exactly as sent (percent-encoded: Binance signs
     * {@code totalParams} as it arrives).
     *
     * @param params      the request's own parameters
     * @param timestampMs venue time
     * @param recvWindow  recvWindow text, or null for the venue's default
     * @param signer      the key
     * @return the query string
     */
    static String signedQuery(List<Map.Entry<String, String>> params, long timestampMs, String recvWindow,
                              RequestSigner signer) {
        List<Map.Entry<String, String>> all = new ArrayList<>(params.size() + 2);
        all.addAll(params);
        all.add(new AbstractMap.SimpleImmutableEntry<>("timestamp", Long.toString(timestampMs)));
        if (recvWindow != null) {
            all.add(new AbstractMap.SimpleImmutableEntry<>("recvWindow", recvWindow));
        }
        String payload = CanonicalPayload.restQuery(all);
        // Base64 (RSA, Ed25519) carries '+', '/' and '=': encoded like any other value.
        return payload + "&signature=" + CanonicalPayload.percentEncode(signer.sign(payload));
    }

    /**
     * Decodes a body with a streaming decoder.
     *
     * @param body    the body bytes (UTF-8 JSON)
     * @param decoder decodes the value the body holds
     * @param <T>     result type
     * @return the result
     * @throws IOException when the body is empty or malformed
     */
    static <T> T decode(byte[] body, ResponseDecoder<T> decoder) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() == null) {
                throw new IOException("empty body");
            }
            T result = decoder.decode(p);
            if (result == null) {
                throw new IOException("nothing decoded");
            }
            return result;
        }
    }

    /**
     * The {@code data} object of an error body ({@code {"code":..,"msg":..,"data":{..}}}), decoded by the
     * method's decoder as the WebSocket API's {@code error.data} is.
     *
     * @param body    the error body
     * @param decoder the method's decoder, one that {@link ResponseDecoder#hasErrorData() has error data}
     * @return the payload, or null when there is none or it cannot be read (the plain error then stands)
     */
    static Object errorData(byte[] body, ResponseDecoder<?> decoder) {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("data".equals(name) && t == JsonToken.START_OBJECT) {
                    return decoder.decodeErrorData(p);
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
