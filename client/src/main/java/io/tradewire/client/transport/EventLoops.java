package io.tradewire.client.transport;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.util.concurrent.TimeUnit;

/**
 * The I/O threads of a client: native epoll where available (lower latency, fewer copies), NIO otherwise.
 * One thread is enough for a handful of connections; each connection stays on one thread for its life.
 */
public final class EventLoops implements AutoCloseable {
    private final EventLoopGroup group;
    private final Class<? extends Channel> channelClass;

    /**
     * @param threads number of I/O threads
     * @param name    thread name prefix
     */
    public EventLoops(int threads, String name) {
        boolean epoll = Epoll.isAvailable();
        DefaultThreadFactory factory = new DefaultThreadFactory(name, true);
        this.group = new MultiThreadIoEventLoopGroup(threads, factory,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        this.channelClass = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    /** @return the event loop group */
    public EventLoopGroup group() {
        return group;
    }

    /** @return the socket channel class matching the group */
    public Class<? extends Channel> channelClass() {
        return channelClass;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
