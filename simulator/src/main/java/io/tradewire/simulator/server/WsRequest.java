package io.tradewire.simulator.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One parsed WS API request. The id is kept with its JSON type so that it is echoed as sent
 * (string stays string, number keeps its literal, null stays null).
 */
final class WsRequest {
    /** JSON type of the request id. */
    enum IdKind { STRING, NUMBER, NULL }

    static final WsRequest NULL_ID = new WsRequest(IdKind.NULL, null, "", new LinkedHashMap<>());

    private final IdKind idKind;
    private final String idText;
    private final String method;
    private final Map<String, Param> params;

    WsRequest(IdKind idKind, String idText, String method, LinkedHashMap<String, Param> params) {
        this.idKind = idKind;
        this.idText = idText;
        this.method = method;
        this.params = Collections.unmodifiableMap(params);
    }

    IdKind idKind() {
        return idKind;
    }

    /** The id's string value or number literal; null for a null id. */
    String idText() {
        return idText;
    }

    /** Method name without an optional "v3/" prefix. */
    String method() {
        return method;
    }

    /** Parameters in arrival order. */
    Map<String, Param> params() {
        return params;
    }

    /** The parameter if sent and not null/empty, else null. */
    Param param(String name) {
        Param p = params.get(name);
        return p == null || p.isEmpty() ? null : p;
    }

    /** The parameter's text if sent and not null/empty, else null. */
    String text(String name) {
        Param p = param(name);
        return p == null ? null : p.text();
    }
}
