package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/** One market streams connection: its channel, whether payloads are wrapped, and what it listens to. */
final class StreamConnection {
    /** Binance: "A single connection can listen to a maximum of 1024 streams." */
    static final int MAX_STREAMS = 1024;

    final Channel channel;
    volatile boolean combined;
    /** Subscribed stream names in subscription order; touched only on the channel's event loop. */
    final Set<String> streams = new LinkedHashSet<>();

    StreamConnection(Channel channel, boolean combined) {
        this.channel = channel;
        this.combined = combined;
    }

    /** A flush is queued on the event loop; touched only there. */
    private boolean flushQueued;
    private final Runnable flush = this::flush;

    /**
     * Sends one text frame; takes ownership of {@code buf}. Events published together (one venue call's trades,
     * one timer tick) share one flush: the write happens at once on the channel's event loop and the flush in a
     * task queued behind it, which runs after every write queued before it.
     */
    void send(ByteBuf buf) {
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            write(buf);
            return;
        }
        try {
            loop.execute(() -> write(buf));
        } catch (RejectedExecutionException e) {
            buf.release(); // the event loop is shutting down: the connection is gone
        }
    }

    private void write(ByteBuf buf) {
        if (!channel.isActive()) {
            buf.release();
            return;
        }
        channel.write(new TextWebSocketFrame(buf), channel.voidPromise());
        if (!flushQueued) {
            flushQueued = true;
            channel.eventLoop().execute(flush);
        }
    }

    private void flush() {
        flushQueued = false;
        channel.flush();
    }
}
