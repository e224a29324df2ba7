package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.TimeUnit;

/**
 * Writes a WS API response as the session says: at once (the normal case), late, not at all with the
 * connection dropped, or followed by a close. Faults and bans set the session's instruction.
 */
final class ResponseSender {
    private ResponseSender() {
    }

    /**
     * @param response the response, or null when there is none (dropped); ownership passes here
     */
    static void send(ChannelHandlerContext ctx, Session session, ByteBuf response) {
        int action = session == null ? Session.SEND : session.takeAfterResponse();
        if (action == Session.SEND) {
            if (response != null) {
                ctx.writeAndFlush(new TextWebSocketFrame(response));
            }
            return;
        }
        switch (action) {
            case Session.DROP:
                if (response != null) {
                    response.release();
                }
                // A TCP close without a close frame, what a client sees when a network path dies: closing from the
                // first handler bypasses the protocol handler, which would send a close frame first.
                ctx.pipeline().firstContext().close();
                break;
            case Session.DELAY:
                if (response == null) {
                    return;
                }
                ctx.executor().schedule(() -> {
                    if (ctx.channel().isActive()) {
                        ctx.writeAndFlush(new TextWebSocketFrame(response));
                    } else {
                        response.release();
                    }
                }, session.afterResponseDelayMs(), TimeUnit.MILLISECONDS);
                break;
            case Session.SEND_THEN_CLOSE:
                if (response == null) {
                    ctx.channel().close();
                } else {
                    ctx.writeAndFlush(new TextWebSocketFrame(response)).addListener(ChannelFutureListener.CLOSE);
                }
                break;
            default:
                throw new IllegalStateException("unknown action " + action);
        }
    }
}
