package io.tradewire.bench.rtt;

import com.binance.connector.client.impl.WebSocketApiClientImpl;
import com.binance.connector.client.utils.WebSocketConnection;
import com.binance.connector.client.utils.signaturegenerator.Ed25519SignatureGenerator;
import io.tradewire.core.signing.KeyLoader;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;

/**
 * The official {@code binance-connector-java} 3.4.1 {@link WebSocketApiClientImpl} (OkHttp WebSocket, org.json), as
 * its documentation shows it used: one client with an Ed25519 {@code SignatureGenerator}, {@code auth().logon()} once,
 * then {@code trade().newOrder(symbol, side, type, params)} per order, answers arriving as text in the message callback.
 *
 * <p>Facts of 3.4.1 that shape this driver (from its bytecode, see also the simulator's OfficialConnectorWsApiTest):
 * once any message containing {@code authorizedSince} arrives, a JVM-wide flag makes every signed method go out as a
 * public request, without apiKey, signature <em>and</em> timestamp, so the caller puts {@code timestamp} in the params
 * itself (Binance requires it after logon too). Its {@code close()} shuts down the shared OkHttp client for the whole
 * JVM, so only the socket is closed here.
 *
 * <p>Kind to the connector: prices are pre-formatted strings (no number formatting per order), and the answer is
 * taken as soon as the callback has the text: its id is read with a few character comparisons and nothing is parsed,
 * where a real caller would parse the JSON to use it. Tradewire's measured answer is fully decoded.
 */
final class OfficialDriver extends RttDriver {
    private static final String ID_PREFIX = "{\"id\":";
    private static final String STATUS_OK = ",\"status\":200";
    private static final String[] PRICES = new String[100];

    static {
        for (int c = 0; c < 100; c++) {
            PRICES[c] = String.format(java.util.Locale.ROOT, "%d.%02d", RttHarness.PRICE_BASE_CENTS / 100, c);
        }
    }

    private final WebSocketApiClientImpl client;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private volatile CompletableFuture<String> special; // the answer to the logon or the probe (string ids)

    OfficialDriver(URI wsApi, String apiKey, PrivateKey key, Path tmpDir) throws Exception {
        super("official-3.4.1");
        // Its Ed25519SignatureGenerator reads only a PEM file.
        Path pem = tmpDir.resolve("official-ed25519.pem");
        Files.writeString(pem, KeyLoader.toPem(key), StandardCharsets.US_ASCII);
        client = new WebSocketApiClientImpl(apiKey, new Ed25519SignatureGenerator(pem.toString()), wsApi.toString());
        Files.deleteIfExists(pem);
        client.connect(response -> opened.complete(null), this::onMessage, (code, reason) -> { },
                (code, reason) -> opened.completeExceptionally(new IllegalStateException("closed: " + reason)),
                (t, response) -> opened.completeExceptionally(t));
        opened.get(10, TimeUnit.SECONDS);
        String logon = call("logon", () -> client.auth().logon(new JSONObject().put("requestId", "logon")));
        if (!logon.contains("\"status\":200") || !connection().getSessionStatus()) {
            throw new IllegalStateException("official connector did not log on: " + logon);
        }
    }

    @Override
    void send(int slot, long startNs) {
        JSONObject p = new JSONObject();
        p.put("requestId", slot);
        p.put("timeInForce", "IOC");
        p.put("price", PRICES[RttHarness.cents(startNs)]);
        p.put("quantity", RttHarness.QTY_TEXT);
        p.put("timestamp", System.currentTimeMillis());
        client.trade().newOrder(RttHarness.SYMBOL, "BUY", "LIMIT", p);
    }

    private void onMessage(String text) {
        if (text.startsWith(ID_PREFIX) && text.length() > ID_PREFIX.length()
                && text.charAt(ID_PREFIX.length()) != '"') {
            int i = ID_PREFIX.length();
            int slot = 0;
            char c;
            while ((c = text.charAt(i)) >= '0' && c <= '9') {
                slot = slot * 10 + (c - '0');
                i++;
            }
            boolean ok = text.startsWith(STATUS_OK, i);
            answered(slot, ok, ok ? null : text);
            return;
        }
        CompletableFuture<String> f = special;
        if (f != null) {
            f.complete(text);
        }
    }

    private String call(String what, Runnable send) throws Exception {
        CompletableFuture<String> f = new CompletableFuture<>();
        special = f;
        send.run();
        String text = f.get(10, TimeUnit.SECONDS);
        special = null;
        if (!text.startsWith(ID_PREFIX + "\"" + what + "\"")) {
            throw new IllegalStateException("unexpected answer to " + what + ": " + text);
        }
        return text;
    }

    @Override
    String probe() throws Exception {
        String text = call("probe", () -> client.trade().newOrder(RttHarness.SYMBOL, "BUY", "LIMIT",
                new JSONObject().put("requestId", "probe").put("timeInForce", "IOC").put("price", PRICES[0])
                        .put("quantity", RttHarness.QTY_TEXT).put("timestamp", System.currentTimeMillis())));
        JSONObject o = new JSONObject(text);
        JSONObject r = o.getJSONObject("result");
        return "status=" + o.getInt("status") + " order " + r.getLong("orderId") + " " + r.getString("status") + " "
                + r.getString("timeInForce") + " price=" + r.getString("price") + " fills="
                + r.getJSONArray("fills").length() + " (logged on: " + connection().getSessionStatus() + ")";
    }

    @Override
    String threadPrefix() {
        return "OkHttp"; // OkHttp's reader thread and TaskRunner writer threads
    }

    @Override
    void close() {
        connection().close(); // not client.close(): it would shut the JVM-wide OkHttp dispatcher down
    }

    private WebSocketConnection connection() {
        try {
            Field f = WebSocketApiClientImpl.class.getDeclaredField("connection");
            f.setAccessible(true);
            return (WebSocketConnection) f.get(client);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
