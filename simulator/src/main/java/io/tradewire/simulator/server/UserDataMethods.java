package io.tradewire.simulator.server;

import io.tradewire.simulator.venue.Venue;
import java.util.Set;

/**
 * The user data methods of the WS API: userDataStream.subscribe, userDataStream.subscribe.signature,
 * userDataStream.unsubscribe and session.subscriptions (web-socket-api.md, "User Data Stream requests"). Each weighs
 * 2 (charged by the dispatcher). Subscriptions change under the venue's monitor so that no event of a venue call is
 * half delivered to a subscription that starts or ends meanwhile.
 */
final class UserDataMethods {
    /** Weight of every user data method. */
    static final int WEIGHT = 2;

    private static final Set<String> NO_PARAMS = Set.of("returnRateLimits");
    private static final Set<String> SIGNATURE_PARAMS = Set.of("apiKey", "timestamp", "signature", "recvWindow",
            "returnRateLimits");
    private static final Set<String> UNSUBSCRIBE_PARAMS = Set.of("subscriptionId", "returnRateLimits");

    private final Venue venue;
    private final RequestAuth auth;
    private final UserDataHub hub;

    UserDataMethods(Venue venue, RequestAuth auth, UserDataHub hub) {
        this.venue = venue;
        this.auth = auth;
        this.hub = hub;
    }

    /** userDataStream.subscribe: the logged-on account's events. */
    ResponseWriter.Body subscribe(Session session, WsRequest req, Usage usage) throws ApiError {
        UserDataConnection c = connection(session);
        onlyParams(req, NO_PARAMS);
        String apiKey = session.apiKey();
        if (apiKey == null) {
            // The docs require an authenticated (session.logon) connection but name no code: -1002 UNAUTHORIZED.
            throw notAuthorized();
        }
        return subscribed(start(c, apiKey, true));
    }

    /** userDataStream.subscribe.signature: any account whose key signs the request, any key type. */
    ResponseWriter.Body subscribeSignature(Session session, WsRequest req, Usage usage) throws ApiError {
        UserDataConnection c = connection(session);
        Params.requireText(req, "apiKey");
        Params.requireLong(req, "timestamp");
        Params.requireText(req, "signature");
        onlyParams(req, SIGNATURE_PARAMS);
        String apiKey = auth.authenticateSigned(session, req);
        return subscribed(start(c, apiKey, false));
    }

    /** userDataStream.unsubscribe: every subscription of the connection, or the one with {@code subscriptionId}. */
    ResponseWriter.Body unsubscribe(Session session, WsRequest req, Usage usage) throws ApiError {
        UserDataConnection c = connection(session);
        onlyParams(req, UNSUBSCRIBE_PARAMS);
        long id = Params.optLong(req, "subscriptionId", -1L);
        synchronized (venue) {
            if (id >= 0) {
                UserDataSubscription s = c.byId(id);
                if (s == null) {
                    throw inactive();
                }
                hub.remove(s, true);
            } else {
                if (!c.hasActive()) {
                    throw inactive();
                }
                for (UserDataSubscription s : c.active.toArray(new UserDataSubscription[0])) {
                    hub.remove(s, true);
                }
            }
        }
        return WsApi::writeEmpty;
    }

    /** session.subscriptions: the connection's active subscriptions, by id. */
    ResponseWriter.Body subscriptions(Session session, WsRequest req, Usage usage) throws ApiError {
        UserDataConnection c = connection(session);
        onlyParams(req, NO_PARAMS);
        int[] ids;
        synchronized (venue) {
            ids = new int[c.active.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = c.active.get(i).id;
            }
        }
        return g -> {
            g.writeStartArray();
            for (int id : ids) {
                g.writeStartObject();
                g.writeNumberField("subscriptionId", id);
                g.writeEndObject();
            }
            g.writeEndArray();
        };
    }

    /** session.logout: the logon subscription ends with {@code eventStreamTerminated}; signature ones stay. */
    void logout(Session session) {
        UserDataConnection c = session.userData();
        if (c == null) {
            return;
        }
        synchronized (venue) {
            UserDataSubscription s = c.logonSubscription();
            if (s != null) {
                hub.remove(s, true);
            }
        }
    }

    private UserDataSubscription start(UserDataConnection c, String apiKey, boolean logon) throws ApiError {
        synchronized (venue) {
            if (c.forKey(apiKey) != null) {
                throw active();
            }
            if (c.started >= UserDataConnection.MAX_LIFETIME) {
                throw new ApiError(400, -2042, "Maximum subscription ID reached for this connection.");
            }
            if (c.active.size() >= UserDataConnection.MAX_ACTIVE) {
                throw new ApiError(400, -1191, "Too many subscriptions. Connection may create up to '"
                        + UserDataConnection.MAX_ACTIVE + "' subscriptions at a time.");
            }
            return hub.add(c, apiKey, logon);
        }
    }

    private static ResponseWriter.Body subscribed(UserDataSubscription s) {
        int id = s.id;
        return g -> {
            g.writeStartObject();
            g.writeNumberField("subscriptionId", id);
            g.writeEndObject();
        };
    }

    /** The connection's user data side; requests without a WebSocket connection (REST) have none. */
    private static UserDataConnection connection(Session session) throws ApiError {
        UserDataConnection c = session.userData();
        if (c == null) {
            throw Errors.unsupportedMethod();
        }
        return c;
    }

    /** -1104 when the request carries parameters the method does not read. */
    private static void onlyParams(WsRequest req, Set<String> known) throws ApiError {
        int sent = req.params().size();
        int read = 0;
        for (String name : req.params().keySet()) {
            if (known.contains(name)) {
                read++;
            }
        }
        if (read != sent) {
            throw unreadParameters(read, sent);
        }
    }

    static ApiError unreadParameters(int read, int sent) {
        return new ApiError(400, -1104,
                "Not all sent parameters were read; read '" + read + "' parameter(s) but was sent '" + sent + "'.");
    }

    static ApiError notAuthorized() {
        return new ApiError(401, -1002, "You are not authorized to execute this request.");
    }

    static ApiError active() {
        return new ApiError(400, -2035, "User Data Stream subscription already active.");
    }

    static ApiError inactive() {
        return new ApiError(400, -2036, "User Data Stream subscription not active.");
    }
}
