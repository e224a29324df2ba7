package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.LinkedHashSet;
import java.util.Set;

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

    /** Sends one text frame; takes ownership of {@code buf}. */
    void send(ByteBuf buf) {
        if (channel.isActive()) {
            channel.writeAndFlush(new TextWebSocketFrame(buf), channel.voidPromise());
        } else {
            buf.release();
        }
    }
}
