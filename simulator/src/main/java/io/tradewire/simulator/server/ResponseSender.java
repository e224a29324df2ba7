package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.TimeUnit;

/**
 * Writes a WS API response as the session says: at once (the normal case), late, not at all with the
 * connection dropped, or followed by a close. Faults and bans set the session's instruction.
 *
 * <p>The normal case writes without flushing: the frame handler flushes once per read batch
 * ({@code channelReadComplete}), so pipelined requests cost one {@code write(2)} per batch instead of one per response.
 * Everything that happens outside a read batch (delayed responses, closes) flushes itself.
 */
final class ResponseSender {
    private ResponseSender() {
    }

    /**
     * @param response the response, or null when there is none (dropped); ownership passes here
     * @return true when the response was written but not flushed: the caller flushes at the end of the read batch
     */
    static boolean send(ChannelHandlerContext ctx, Session session, ByteBuf response) {
        int action = session == null ? Session.SEND : session.takeAfterResponse();
        if (action == Session.SEND) {
            if (response != null) {
                ctx.write(framed(response), ctx.voidPromise());
                return true;
            }
            return false;
        }
        switch (action) {
            case Session.DROP:
                if (response != null) {
                    response.release();
                }
                // Earlier responses of this read batch were sent on Binance: flush them before the connection dies.
                ctx.flush();
                // A TCP close without a close frame, what a client sees when a network path dies: closing from the
                // first handler bypasses the protocol handler, which would send a close frame first.
                ctx.pipeline().firstContext().close();
                break;
            case Session.DELAY:
                if (response == null) {
                    return false;
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
        return false;
    }

    /**
     * The response as a whole unmasked, final text frame, header written into the free bytes before it (see
     * {@link ResponseWriter#FRAME_HEADROOM}): the same bytes Netty's frame encoder would send, without its second
     * buffer and copy. The raw buffer still passes the protocol handler, which drops writes after a close frame.
     * A response without that room goes through the encoder as a {@link TextWebSocketFrame}.
     */
    static Object framed(ByteBuf payload) {
        int length = payload.readableBytes();
        int headerLength = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
        int start = payload.readerIndex() - headerLength;
        if (start < 0) {
            return new TextWebSocketFrame(payload);
        }
        payload.setByte(start, 0x81); // FIN, opcode 1 (text), no RSV bits
        if (headerLength == 2) {
            payload.setByte(start + 1, length); // no mask bit: server frames are unmasked
        } else if (headerLength == 4) {
            payload.setByte(start + 1, 126);
            payload.setShort(start + 2, length);
        } else {
            payload.setByte(start + 1, 127);
            payload.setLong(start + 2, length);
        }
        payload.readerIndex(start);
        return payload;
    }
}
