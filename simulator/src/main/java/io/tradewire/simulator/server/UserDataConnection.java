package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.tradewire.simulator.fault.UserDataFaults;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The user data side of one WS API connection: its subscriptions and the writer of their events. Subscriptions change
 * on the connection's event loop under the venue's monitor; events are written in the order they are offered, which
 * is the venue's order (offers happen under the venue's monitor).
 */
final class UserDataConnection implements UserDataFaults.Sink<ByteBuf> {
    /** Active subscriptions per connection (web-socket-api.md, User Data Stream subscription limits). */
    static final int MAX_ACTIVE = 1000;
    /** Subscriptions over a connection's lifetime. */
    static final int MAX_LIFETIME = 65_535;

    final Channel channel;
    /** Active subscriptions, by id ascending. */
    final List<UserDataSubscription> active = new ArrayList<>(2);
    /** Subscriptions started so far: the next subscription's id. */
    int started;
    /**
     * Events handed to the event loop and not yet written. While any are, a new event of the loop's own thread must
     * queue behind them rather than be written at once, or it would overtake them.
     */
    private final AtomicInteger queued = new AtomicInteger();

    UserDataConnection(Channel channel) {
        this.channel = channel;
    }

    /** The active subscription for an account, or null. */
    UserDataSubscription forKey(String apiKey) {
        for (int i = 0, n = active.size(); i < n; i++) {
            if (active.get(i).apiKey.equals(apiKey)) {
                return active.get(i);
            }
        }
        return null;
    }

    /** The subscription made with userDataStream.subscribe (on the logged-on account), or null. */
    UserDataSubscription logonSubscription() {
        for (int i = 0, n = active.size(); i < n; i++) {
            if (active.get(i).logon) {
                return active.get(i);
            }
        }
        return null;
    }

    /** The active subscription with this id, or null. */
    UserDataSubscription byId(long id) {
        for (int i = 0, n = active.size(); i < n; i++) {
            if (active.get(i).id == id) {
                return active.get(i);
            }
        }
        return null;
    }

    boolean hasActive() {
        return !active.isEmpty();
    }

    /**
     * Writes one event frame: at once when called on the connection's own event loop with nothing queued (so that a
     * request's events go out before its response, in the order they happened), else queued on the loop.
     */
    @Override
    public void deliver(ByteBuf frame) {
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop() && queued.get() == 0) {
            write(frame);
            return;
        }
        queued.incrementAndGet();
        try {
            loop.execute(() -> {
                queued.decrementAndGet();
                write(frame);
            });
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet(); // the loop is shutting down: the connection is gone
            frame.release();
        }
    }

    /** A duplicated event is the same bytes with their own reference. */
    @Override
    public ByteBuf duplicate(ByteBuf frame) {
        return frame.retainedDuplicate();
    }

    private void write(ByteBuf frame) {
        if (!channel.isActive()) {
            frame.release();
            return;
        }
        channel.writeAndFlush(new TextWebSocketFrame(frame), channel.voidPromise());
    }
}
