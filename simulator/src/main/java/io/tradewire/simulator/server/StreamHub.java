package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.market.AvgPrice;
import io.tradewire.simulator.market.BookTop;
import io.tradewire.simulator.market.DepthLevels;
import io.tradewire.simulator.market.Klines;
import io.tradewire.simulator.market.MarketData;
import io.tradewire.simulator.market.MarketObserver;
import io.tradewire.simulator.market.SymbolMarket;
import io.tradewire.simulator.market.TickerStats;
import io.tradewire.simulator.venue.Venue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market streams: topics with their subscribers, real-time publishing from the venue's events (trade, aggTrade,
 * bookTicker) and a 100 ms timer for the rest (depth diffs and partial depth at 100/1000 ms, klines every 1 s for 1s
 * and 2 s otherwise, tickers and average price every second). The timer runs only while stream connections exist.
 *
 * <p>Each payload is serialized once per event, and once more with the combined envelope if a combined connection
 * wants it; connections get retained duplicates. Event times come from the venue's clock.
 */
final class StreamHub implements MarketObserver {
    private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);
    static final long TICK_MS = 100;

    private final MarketData data;
    private final Venue venue;
    private final EpochClock clock;
    private final ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
    private final ConcurrentHashMap<String, StreamTopic> topics = new ConcurrentHashMap<>();
    /** Real-time topics by symbol index, so that events find their subscribers without a lookup by name. */
    private final StreamTopic[] tradeTopics;
    private final StreamTopic[] aggTopics;
    private final StreamTopic[] bookTopics;
    private final Object lifecycle = new Object();
    private int connections;
    private ScheduledExecutorService timer;
    private long ticks;

    StreamHub(MarketData data) {
        this.data = data;
        this.venue = data.venue();
        this.clock = data.clock();
        int n = data.symbols().size();
        tradeTopics = new StreamTopic[n];
        aggTopics = new StreamTopic[n];
        bookTopics = new StreamTopic[n];
        for (SymbolMarket m : data.symbols()) {
            tradeTopics[m.index()] = topic(m.streamSymbol() + "@trade");
            aggTopics[m.index()] = topic(m.streamSymbol() + "@aggTrade");
            bookTopics[m.index()] = topic(m.streamSymbol() + "@bookTicker");
        }
        data.observer(this);
    }

    /** The topic of a stream name (creating it), or null when the venue has no such stream. */
    StreamTopic topic(String name) {
        StreamTopic t = topics.get(name);
        if (t != null) {
            return t;
        }
        StreamTopic parsed = StreamTopic.parse(name, data);
        if (parsed == null) {
            return null;
        }
        StreamTopic prev = topics.putIfAbsent(name, parsed);
        return prev != null ? prev : parsed;
    }

    // ------------------------------------------------------------------------------------------------ connections

    void opened(StreamConnection c) {
        synchronized (lifecycle) {
            if (connections++ == 0) {
                timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "tw-market-streams");
                    t.setDaemon(true);
                    return t;
                });
                timer.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    void closed(StreamConnection c) {
        for (String s : new ArrayList<>(c.streams)) {
            unsubscribe(c, s);
        }
        synchronized (lifecycle) {
            if (--connections == 0 && timer != null) {
                timer.shutdownNow();
                timer = null;
            }
        }
    }

    /** Subscribes; the name must come from {@link #topic}. Runs on the connection's event loop. */
    void subscribe(StreamConnection c, StreamTopic t) {
        if (!c.streams.add(t.name)) {
            return;
        }
        synchronized (t) {
            t.subscribers.add(c);
            if (t.kind == StreamTopic.Kind.DEPTH_DIFF && t.subscribers.size() == 1) {
                synchronized (venue) {
                    t.symbol.trackDiffs(t.fast, true);
                }
            }
        }
    }

    void unsubscribe(StreamConnection c, String name) {
        if (!c.streams.remove(name)) {
            return;
        }
        StreamTopic t = topics.get(name);
        if (t == null) {
            return;
        }
        synchronized (t) {
            t.subscribers.remove(c);
            if (t.kind == StreamTopic.Kind.DEPTH_DIFF && t.subscribers.isEmpty()) {
                synchronized (venue) {
                    t.symbol.trackDiffs(t.fast, false);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ publishing

    private void publish(StreamTopic t, StreamJson.Writer w) {
        List<StreamConnection> subs = t.subscribers;
        if (subs.isEmpty()) {
            return;
        }
        ByteBuf raw = StreamJson.toBuf(alloc, w);
        ByteBuf combined = null;
        try {
            for (StreamConnection c : subs) {
                if (c.combined) {
                    if (combined == null) {
                        combined = envelope(t.name, raw);
                    }
                    c.send(combined.retainedDuplicate());
                } else {
                    c.send(raw.retainedDuplicate());
                }
            }
        } finally {
            raw.release();
            if (combined != null) {
                combined.release();
            }
        }
    }

    private ByteBuf envelope(String stream, ByteBuf raw) {
        byte[] head = ("{\"stream\":\"" + stream + "\",\"data\":").getBytes(StandardCharsets.UTF_8);
        ByteBuf b = alloc.buffer(head.length + raw.readableBytes() + 1);
        b.writeBytes(head);
        b.writeBytes(raw, raw.readerIndex(), raw.readableBytes());
        b.writeByte('}');
        return b;
    }

    @Override
    public void onTrade(SymbolMarket m, long tradeId, long price, long qty, long time, boolean buyerIsMaker) {
        StreamTopic t = tradeTopics[m.index()];
        if (!t.subscribers.isEmpty()) {
            publish(t, g -> StreamJson.trade(g, m.symbol(), tradeId, price, qty, time, buyerIsMaker));
        }
    }

    @Override
    public void onAggTrade(SymbolMarket m, long aggId, long price, long qty, long firstId, long lastId, long time,
                           boolean buyerIsMaker) {
        StreamTopic t = aggTopics[m.index()];
        if (!t.subscribers.isEmpty()) {
            publish(t, g -> StreamJson.aggTrade(g, m.symbol(), aggId, price, qty, firstId, lastId, time,
                    buyerIsMaker));
        }
    }

    @Override
    public void onBookTicker(SymbolMarket m, BookTop top) {
        StreamTopic t = bookTopics[m.index()];
        if (!t.subscribers.isEmpty()) {
            publish(t, g -> StreamJson.bookTicker(g, m.symbol(), top));
        }
    }

    /** Every 100 ms: the periodic streams that are due. */
    private void tick() {
        long n = ++ticks;
        boolean second = n % 10 == 0;
        boolean twoSeconds = n % 20 == 0;
        try {
            synchronized (venue) {
                long now = clock.epochMillis();
                TickerStats[] day = new TickerStats[data.symbols().size()];
                for (StreamTopic t : topics.values()) {
                    if (t.subscribers.isEmpty()) {
                        continue;
                    }
                    switch (t.kind) {
                        case DEPTH_DIFF:
                            if (t.fast || second) {
                                DepthLevels d = t.symbol.takeDiff(t.fast);
                                if (d != null) {
                                    publish(t, g -> StreamJson.depthUpdate(g, t.symbol.symbol(), now, d));
                                }
                            }
                            break;
                        case DEPTH_PARTIAL:
                            if (t.fast || second) {
                                DepthLevels d = data.depth(t.symbol, t.levels);
                                publish(t, g -> StreamJson.depthSnapshot(g, d));
                            }
                            break;
                        case KLINE:
                            if (t.interval == io.tradewire.simulator.market.KlineInterval.S1 ? second : twoSeconds) {
                                kline(t, now);
                            }
                            break;
                        case MINI_TICKER:
                            if (second) {
                                TickerStats s = dayStats(day, t.symbol, now);
                                publish(t, g -> StreamJson.miniTicker(g, now, s));
                            }
                            break;
                        case TICKER:
                            if (second) {
                                TickerStats s = dayStats(day, t.symbol, now);
                                publish(t, g -> StreamJson.ticker(g, now, s));
                            }
                            break;
                        case WINDOW_TICKER:
                            if (second) {
                                TickerStats s = t.symbol.stats(Math.floorDiv(now - t.windowMillis(), 60_000L) * 60_000L,
                                        now, t.symbol.top());
                                publish(t, g -> StreamJson.windowTicker(g, t.window, now, s));
                            }
                            break;
                        case AVG_PRICE:
                            if (second) {
                                AvgPrice a = t.symbol.avgPrice(now);
                                if (a.price() != t.lastAvgPrice) {
                                    t.lastAvgPrice = a.price();
                                    publish(t, g -> StreamJson.avgPrice(g, t.symbol.symbol(), now, a));
                                }
                            }
                            break;
                        case ALL_MINI_TICKERS:
                        case ALL_TICKERS:
                        case ALL_WINDOW_TICKERS:
                            if (second) {
                                allTickers(t, day, now);
                            }
                            break;
                        default:
                            break;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("market streams tick failed", e);
        }
    }

    private TickerStats dayStats(TickerStats[] cache, SymbolMarket m, long now) {
        TickerStats s = cache[m.index()];
        if (s == null) {
            s = m.stats(now - 86_400_000L, now, m.top());
            cache[m.index()] = s;
        }
        return s;
    }

    private void kline(StreamTopic t, long now) {
        long open = t.interval.openTime(now, 0);
        if (t.lastKlineOpen != Long.MIN_VALUE && t.lastKlineOpen < open) {
            Klines closed = t.symbol.klineAt(t.interval, t.lastKlineOpen);
            publish(t, g -> StreamJson.kline(g, t.symbol.symbol(), t.interval, now, closed, true));
        }
        t.lastKlineOpen = open;
        Klines current = t.symbol.klineAt(t.interval, open);
        publish(t, g -> StreamJson.kline(g, t.symbol.symbol(), t.interval, now, current, false));
    }

    /** The all-market arrays carry only the symbols that traded since the last push. */
    private void allTickers(StreamTopic t, TickerStats[] day, long now) {
        List<SymbolMarket> all = data.symbols();
        if (t.lastSeenTrade == null) {
            t.lastSeenTrade = new long[all.size()];
        }
        List<TickerStats> changed = new ArrayList<>();
        for (SymbolMarket m : all) {
            long last = m.lastTradeId();
            if (last > 0 && last != t.lastSeenTrade[m.index()]) {
                t.lastSeenTrade[m.index()] = last;
                changed.add(t.kind == StreamTopic.Kind.ALL_WINDOW_TICKERS
                        ? m.stats(Math.floorDiv(now - t.windowMillis(), 60_000L) * 60_000L, now, m.top())
                        : dayStats(day, m, now));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        publish(t, g -> {
            g.writeStartArray();
            for (TickerStats s : changed) {
                switch (t.kind) {
                    case ALL_MINI_TICKERS:
                        StreamJson.miniTicker(g, now, s);
                        break;
                    case ALL_TICKERS:
                        StreamJson.ticker(g, now, s);
                        break;
                    default:
                        StreamJson.windowTicker(g, t.window, now, s);
                        break;
                }
            }
            g.writeEndArray();
        });
    }
}
