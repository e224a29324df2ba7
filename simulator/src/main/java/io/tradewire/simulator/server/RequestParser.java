package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses one WS API request frame with Jackson's streaming parser, keeping each parameter's text
 * exactly as sent (signatures are computed over that text, not over a re-rendered value).
 */
final class RequestParser {
    /** Thrown for frames that are not a JSON object; the response then carries a null id. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String detail) {
            super(detail, null, false, false);
        }
    }

    /** Request that parsed as JSON but is semantically wrong; the id is known. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient WsRequest request;
        private final transient ApiError error;

        Rejected(WsRequest request, ApiError error) {
            super(error.msg(), null, false, false);
            this.request = request;
            this.error = error;
        }

        WsRequest request() {
            return request;
        }

        ApiError error() {
            return error;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(64).build())
            .build();

    private RequestParser() {
    }

    static WsRequest parse(byte[] src, int offset, int length) throws Malformed, Rejected {
        WsRequest.IdKind idKind = WsRequest.IdKind.NULL;
        String idText = null;
        String method = null;
        ApiError deferred = null;
        LinkedHashMap<String, Param> params = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(src, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Malformed("request is not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "id":
                        if (v == JsonToken.VALUE_STRING) {
                            idKind = WsRequest.IdKind.STRING;
                            idText = p.getText();
                        } else if (v == JsonToken.VALUE_NUMBER_INT) {
                            idKind = WsRequest.IdKind.NUMBER;
                            idText = p.getText();
                        } else if (v == JsonToken.VALUE_NULL) {
                            idKind = WsRequest.IdKind.NULL;
                            idText = null;
                        } else {
                            p.skipChildren();
                            throw new Malformed("id must be a string, an integer or null");
                        }
                        break;
                    case "method":
                        if (v == JsonToken.VALUE_STRING) {
                            method = p.getText();
                        } else {
                            p.skipChildren();
                            if (deferred == null) {
                                deferred = Errors.mandatory("method");
                            }
                        }
                        break;
                    case "params":
                        if (v == JsonToken.START_OBJECT) {
                            ApiError e = readParams(p, params);
                            if (deferred == null) {
                                deferred = e;
                            }
                        } else if (v != JsonToken.VALUE_NULL) {
                            p.skipChildren();
                            if (deferred == null) {
                                deferred = Errors.invalidJson();
                            }
                        }
                        break;
                    default:
                        // Unknown top-level fields are tolerated.
                        p.skipChildren();
                        break;
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new Malformed("unexpected token " + t);
            }
            if (p.nextToken() != null) {
                throw new Malformed("trailing content after the request object");
            }
        } catch (IOException e) {
            throw new Malformed("invalid JSON: " + e.getClass().getSimpleName());
        }
        if (method != null && method.startsWith("v3/")) {
            method = method.substring(3);
        }
        WsRequest req = new WsRequest(idKind, idText, method == null ? "" : method, params);
        if (deferred == null && method == null) {
            deferred = Errors.mandatory("method");
        }
        if (deferred != null) {
            throw new Rejected(req, deferred);
        }
        return req;
    }

    private static ApiError readParams(JsonParser p, LinkedHashMap<String, Param> out) throws IOException {
        ApiError error = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            Param param;
            switch (v) {
                case VALUE_STRING:
                    param = new Param(Param.Kind.STRING, p.getText(), List.of());
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    // getText() returns the literal as sent ("0.00847000", "1e-5"), never a re-rendered double.
                    param = new Param(Param.Kind.NUMBER, p.getText(), List.of());
                    break;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    param = new Param(Param.Kind.BOOLEAN, p.getText(), List.of());
                    break;
                case VALUE_NULL:
                    param = new Param(Param.Kind.NULL, "", List.of());
                    break;
                case START_ARRAY:
                    param = readArray(p);
                    if (param == null) {
                        param = new Param(Param.Kind.OBJECT, "", List.of());
                        if (error == null) {
                            error = new ApiError(400, -1135, "JSON sent for parameter '" + name + "' is not valid");
                        }
                    }
                    break;
                default:
                    p.skipChildren();
                    param = new Param(Param.Kind.OBJECT, "", List.of());
                    break;
            }
            if (out.putIfAbsent(name, param) != null && error == null) {
                error = Errors.duplicateParam();
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IOException("params not closed");
        }
        return error;
    }

    /** Reads an array of scalars; returns null (after skipping it) if it holds objects or arrays. */
    private static Param readArray(JsonParser p) throws IOException {
        List<String> elements = new ArrayList<>();
        StringBuilder text = new StringBuilder("[");
        boolean ok = true;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new IOException("array not closed");
            }
            if (t.isStructStart()) {
                p.skipChildren();
                ok = false;
                continue;
            }
            if (elements.size() > 0) {
                text.append(',');
            }
            String s = p.getText();
            elements.add(s);
            if (t == JsonToken.VALUE_STRING) {
                text.append('"').append(s).append('"');
            } else {
                text.append(s);
            }
        }
        return ok ? new Param(Param.Kind.ARRAY, text.append(']').toString(), List.copyOf(elements)) : null;
    }
}
