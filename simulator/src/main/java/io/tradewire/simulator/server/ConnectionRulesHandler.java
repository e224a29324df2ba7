package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.fault.FaultKind;
import io.tradewire.simulator.fault.FaultPlan;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance's connection rules for one WebSocket connection (WS API and market streams alike): a server ping
 * every interval, disconnection when a ping goes unanswered for the pong timeout, the maximum lifetime, and
 * the {@code serverShutdown} event before the server closes the connection for its lifetime or on demand
 * ({@code SimFaults.serverShutdown()}). Also applies the {@code ignore-pings} fault: a client ping it claims
 * never reaches the protocol handler, so no pong is sent.
 *
 * <p>It must sit <em>before</em> the {@link WebSocketServerProtocolHandler} (which answers pings and may drop
 * pongs); the handshake is signalled by a small handler after it. {@link #install} adds both. One instance per
 * channel; all state is touched on the channel's event loop only.
 */
final class ConnectionRulesHandler extends ChannelDuplexHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionRulesHandler.class);

    private final ConnectionRules rules;
    private final FaultPlan faults;
    private final EpochClock clock;
    /** Payloads (sequence numbers) of server pings not yet answered, oldest first. */
    private final ArrayDeque<Long> unanswered = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> pinger;
    private ScheduledFuture<?> lifetime;
    private Runnable deregister;
    private long pingSeq;
    private boolean started;
    private boolean shuttingDown;

    private ConnectionRulesHandler(ConnectionRules rules, FaultPlan faults, EpochClock clock) {
        this.rules = rules;
        this.faults = faults;
        this.clock = clock;
    }

    /**
     * Adds the connection rules around a WebSocket protocol handler of a channel pipeline being initialized.
     *
     * @param p          the pipeline
     * @param wsName     name of the {@link WebSocketServerProtocolHandler} in {@code p}
     * @param rules      intervals and lifetime
     * @param faults     the fault plan (ignore-pings, serverShutdown on demand)
     * @param clock      the venue clock, for the event time of {@code serverShutdown}
     */
    static void install(ChannelPipeline p, String wsName, ConnectionRules rules, FaultPlan faults, EpochClock clock) {
        ConnectionRulesHandler h = new ConnectionRulesHandler(rules, faults, clock);
        p.addBefore(wsName, wsName + "-connectionRules", h);
        p.addAfter(wsName, wsName + "-connectionStart", new HandshakeTap(h));
    }

    /** Starts the rules when the WebSocket handshake completes, then leaves the pipeline. */
    private static final class HandshakeTap extends ChannelInboundHandlerAdapter {
        private final ConnectionRulesHandler rules;

        HandshakeTap(ConnectionRulesHandler rules) {
            this.rules = rules;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                rules.start();
                ctx.pipeline().remove(this);
            }
            super.userEventTriggered(ctx, evt);
        }
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        pinger = ctx.executor().scheduleAtFixedRate(this::ping, rules.pingIntervalMs, rules.pingIntervalMs,
                TimeUnit.MILLISECONDS);
        lifetime = ctx.executor().schedule(() -> {
            LOG.info("connection from {} reached its maximum lifetime of {} ms; sending serverShutdown", ip(),
                    rules.maxLifetimeMs);
            shutdown();
        }, rules.maxLifetimeMs, TimeUnit.MILLISECONDS);
        deregister = faults.registerConnection(() -> ctx.executor().execute(this::shutdown));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof PingWebSocketFrame) {
            if (faults.anyActive() && faults.claim(FaultKind.Phase.PING, null, null) != null) {
                faults.applied(FaultKind.IGNORE_PINGS.wireName(), "ping from " + ip() + " not answered");
                ReferenceCountUtil.release(msg);
                return;
            }
        } else if (msg instanceof PongWebSocketFrame) {
            pong(((PongWebSocketFrame) msg).content());
        }
        ctx.fireChannelRead(msg);
    }

    private void ping() {
        long seq = ++pingSeq;
        unanswered.addLast(seq);
        ByteBuf payload = ctx.alloc().buffer(Long.BYTES).writeLong(seq);
        ctx.writeAndFlush(new PingWebSocketFrame(payload));
        ctx.executor().schedule(() -> checkAnswered(seq), rules.pongTimeoutMs, TimeUnit.MILLISECONDS);
    }

    private void pong(ByteBuf content) {
        // Only a pong carrying one of our pings' payloads counts: unsolicited pongs do not keep a connection.
        if (content.readableBytes() != Long.BYTES || unanswered.isEmpty()) {
            return;
        }
        long seq = content.getLong(content.readerIndex());
        if (seq < unanswered.peekFirst() || seq > unanswered.peekLast()) {
            return;
        }
        while (!unanswered.isEmpty() && unanswered.peekFirst() <= seq) {
            unanswered.removeFirst();
        }
    }

    private void checkAnswered(long seq) {
        if (!unanswered.isEmpty() && unanswered.peekFirst() <= seq && ctx.channel().isActive()) {
            LOG.info("no pong from {} within {} ms of a ping; disconnecting", ip(), rules.pongTimeoutMs);
            ctx.close();
        }
    }

    /** Sends {@code serverShutdown} and closes after the notice. Event loop only. */
    private void shutdown() {
        if (shuttingDown || !ctx.channel().isActive()) {
            return;
        }
        shuttingDown = true;
        byte[] event = ("{\"event\":{\"e\":\"serverShutdown\",\"E\":" + clock.epochMillis() + "}}")
                .getBytes(StandardCharsets.US_ASCII);
        ctx.writeAndFlush(new TextWebSocketFrame(ctx.alloc().buffer(event.length).writeBytes(event)));
        Runnable close = () -> {
            if (ctx.channel().isActive()) {
                ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE))
                        .addListener(f -> ctx.close());
            }
        };
        if (rules.shutdownNoticeMs == 0) {
            close.run();
        } else {
            ctx.executor().schedule(close, rules.shutdownNoticeMs, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (pinger != null) {
            pinger.cancel(false);
        }
        if (lifetime != null) {
            lifetime.cancel(false);
        }
        if (deregister != null) {
            deregister.run();
        }
        unanswered.clear();
        super.channelInactive(ctx);
    }

    private String ip() {
        if (ctx.channel().remoteAddress() instanceof InetSocketAddress) {
            InetSocketAddress a = (InetSocketAddress) ctx.channel().remoteAddress();
            return a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        }
        return String.valueOf(ctx.channel().remoteAddress());
    }
}
