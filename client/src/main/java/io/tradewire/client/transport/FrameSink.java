package io.tradewire.client.transport;

import io.netty.buffer.ByteBuf;

/** Receives what a WebSocket connection delivers. Called on the connection's I/O thread; must not block. */
public interface FrameSink {
    /**
     * A complete text frame arrived.
     *
     * @param utf8 the frame's payload; valid only during the call (it is released afterwards)
     */
    void onText(ByteBuf utf8);

    /**
     * The connection is gone.
     *
     * @param cause why, or null for an orderly close
     */
    void onClosed(Throwable cause);
}
