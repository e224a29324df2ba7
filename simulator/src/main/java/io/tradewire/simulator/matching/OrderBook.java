package io.tradewire.simulator.matching;

import java.util.Arrays;
import java.util.Objects;

/**
 * Price-time priority limit order book for one symbol, on scale-8 longs ({@code 1.0 == 100_000_000}). Simulator
 * internal.
 *
 * <p>Layout, chosen so that submit and cancel allocate nothing once the pools are warm:
 * <ul>
 *   <li>orders are slots in parallel primitive arrays (a pooled free list), linked into an intrusive FIFO per level;</li>
 *   <li>levels are slots in parallel arrays too; each side keeps its levels in a sorted primitive array with the best
 *       price at the end, so that the common case (touching the top of book) is an O(1) append or truncate;</li>
 *   <li>order id to slot is a primitive open-addressing map, for O(1) cancel.</li>
 * </ul>
 * Arrays grow by doubling, the only allocation.
 *
 * <p>Semantics: the maker's price is the trade price. Self-trade prevention applies when taker and maker share an
 * owner and the taker's {@link StpMode} is not NONE. A FOK order first checks that it can fill completely, counting
 * the liquidity the STP mode would let it reach, and emits nothing but its expiry when it cannot. MARKET orders are
 * IOC; sized by quote they buy or sell in multiples of the book's quantity step until the budget would be exceeded.
 *
 * <p>Not thread-safe: one thread, or callers serialize access.
 */
public final class OrderBook {
    private static final int NIL = -1;

    private final long qtyStep;

    // Order slots.
    private long[] orderIds;
    private long[] owners;
    private long[] qtys;
    private int[] nexts;
    private int[] prevs;
    private int[] orderLevels;
    private int orderFree = NIL;
    private int orderHighWater;
    private int orderCount;

    // Level slots.
    private long[] levelPrices;
    private long[] levelQtys;
    private int[] heads;
    private int[] tails;
    private boolean[] levelIsBid;
    private int levelFree = NIL;
    private int levelHighWater;

    private final BookSide bids;
    private final BookSide asks;
    private final LongIntHashMap index;

    /** An empty book whose quote-sized MARKET fills may use any quantity (step 1e-8). */
    public OrderBook() {
        this(1L, 1024, 256);
    }

    /**
     * An empty book.
     *
     * @param qtyStepScaled  quantity step (LOT_SIZE stepSize) at scale 8; quote-sized or capped MARKET fills are rounded
     *                       down to it. Must be {@code > 0}.
     * @param expectedOrders initial order capacity (grows on demand)
     * @param expectedLevels initial level capacity per book (grows on demand)
     */
    public OrderBook(long qtyStepScaled, int expectedOrders, int expectedLevels) {
        if (qtyStepScaled <= 0) {
            throw new IllegalArgumentException("qtyStepScaled must be > 0: " + qtyStepScaled);
        }
        this.qtyStep = qtyStepScaled;
        int oc = Math.max(16, expectedOrders);
        orderIds = new long[oc];
        owners = new long[oc];
        qtys = new long[oc];
        nexts = new int[oc];
        prevs = new int[oc];
        orderLevels = new int[oc];
        int lc = Math.max(16, expectedLevels);
        levelPrices = new long[lc];
        levelQtys = new long[lc];
        heads = new int[lc];
        tails = new int[lc];
        levelIsBid = new boolean[lc];
        bids = new BookSide(lc);
        asks = new BookSide(lc);
        index = new LongIntHashMap(oc);
    }

    /**
     * Submits an order; the outcome is reported to {@code listener} before this returns.
     *
     * @param orderId        unique id; must not be resting already
     * @param ownerId        account, for self-trade prevention
     * @param buy            side
     * @param kind           time in force / type
     * @param priceScaled    limit price, {@code > 0}; 0 for MARKET
     * @param qtyScaled      base quantity {@code > 0}; 0 for a MARKET sized by quote
     * @param quoteQtyScaled for a MARKET sized by quote, the quote amount to spend (buy) or receive (sell); else 0
     * @param stp            the taker's self-trade prevention mode
     * @param listener       receives trades, expiries and the final outcome
     * @throws IllegalArgumentException on inconsistent arguments or an id that is already resting
     */
    public void submit(long orderId, long ownerId, boolean buy, OrderKind kind, long priceScaled, long qtyScaled,
                       long quoteQtyScaled, StpMode stp, MatchListener listener) {
        submitCapped(orderId, ownerId, buy, kind, priceScaled, qtyScaled, quoteQtyScaled, 0L, stp, listener);
    }

    /**
     * Like {@link #submit}, with a cap in the other dimension for MARKET orders, so that a taker never trades more than
     * its account holds: for a MARKET sized by quantity, {@code capScaled} is the most quote it may spend or receive;
     * for one sized by quote, the most base quantity it may trade. When the cap stops the order it ends EXPIRED.
     *
     * @param orderId        unique id; must not be resting already
     * @param ownerId        account, for self-trade prevention
     * @param buy            side
     * @param kind           time in force / type
     * @param priceScaled    limit price, {@code > 0}; 0 for MARKET
     * @param qtyScaled      base quantity {@code > 0}; 0 for a MARKET sized by quote
     * @param quoteQtyScaled for a MARKET sized by quote, the quote amount to spend or receive; else 0
     * @param capScaled      the cap at scale 8, or 0 for none; must be 0 for non-MARKET kinds
     * @param stp            the taker's self-trade prevention mode
     * @param listener       receives trades, expiries and the final outcome
     * @throws IllegalArgumentException on inconsistent arguments or an id that is already resting
     */
    public void submitCapped(long orderId, long ownerId, boolean buy, OrderKind kind, long priceScaled,
                             long qtyScaled, long quoteQtyScaled, long capScaled, StpMode stp,
                             MatchListener listener) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stp, "stp");
        Objects.requireNonNull(listener, "listener");
        validate(orderId, kind, priceScaled, qtyScaled, quoteQtyScaled, capScaled);

        if (kind == OrderKind.LIMIT_MAKER) {
            if (wouldCross(buy, priceScaled)) {
                listener.onTakerDone(orderId, qtyScaled, DoneReason.EXPIRED);
            } else {
                rest(orderId, ownerId, buy, priceScaled, qtyScaled);
                listener.onRested(orderId);
            }
            return;
        }
        if (kind == OrderKind.LIMIT_FOK && !canFill(ownerId, buy, priceScaled, qtyScaled, stp)) {
            listener.onTakerDone(orderId, qtyScaled, DoneReason.EXPIRED);
            return;
        }
        match(orderId, ownerId, buy, kind, priceScaled, qtyScaled, quoteQtyScaled, capScaled, stp, listener);
    }

    private void validate(long orderId, OrderKind kind, long price, long qty, long quoteQty, long cap) {
        if (cap < 0 || qty < 0 || quoteQty < 0) {
            throw new IllegalArgumentException("negative quantity");
        }
        if (kind == OrderKind.MARKET) {
            if (price != 0) {
                throw new IllegalArgumentException("MARKET order must have price 0");
            }
            if ((qty > 0) == (quoteQty > 0)) {
                throw new IllegalArgumentException("MARKET order needs exactly one of qty and quoteQty");
            }
        } else {
            if (price <= 0 || qty <= 0 || quoteQty != 0 || cap != 0) {
                throw new IllegalArgumentException("limit order needs price > 0, qty > 0, no quoteQty and no cap");
            }
        }
        if (index.get(orderId) != LongIntHashMap.MISSING) {
            throw new IllegalArgumentException("order id already resting: " + orderId);
        }
    }

    /**
     * Whether a limit order at this price would trade immediately (what LIMIT_MAKER refuses).
     *
     * @param buy         side of the incoming order
     * @param priceScaled its limit price
     * @return true when the opposite best price is at or better than the limit
     */
    public boolean wouldCross(boolean buy, long priceScaled) {
        BookSide opp = buy ? asks : bids;
        if (opp.size == 0) {
            return false;
        }
        long best = levelPrices[opp.best()];
        return buy ? best <= priceScaled : best >= priceScaled;
    }

    private boolean canFill(long ownerId, boolean buy, long price, long qty, StpMode stp) {
        BookSide opp = buy ? asks : bids;
        long need = qty;
        for (int i = opp.size - 1; i >= 0; i--) {
            int lvl = opp.levels[i];
            long lp = levelPrices[lvl];
            if (buy ? lp > price : lp < price) {
                return false;
            }
            if (stp == StpMode.NONE) {
                need -= levelQtys[lvl];
                if (need <= 0) {
                    return true;
                }
                continue;
            }
            for (int node = heads[lvl]; node != NIL; node = nexts[node]) {
                if (owners[node] == ownerId) {
                    if (stp == StpMode.EXPIRE_MAKER) {
                        continue; // it would be expired and skipped, not traded
                    }
                    return false; // the taker would be expired (or decremented) here
                }
                need -= qtys[node];
                if (need <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private void match(long orderId, long ownerId, boolean buy, OrderKind kind, long price, long qty, long quoteQty,
                       long cap, StpMode stp, MatchListener listener) {
        final boolean byQuote = quoteQty > 0;
        final boolean limited = kind != OrderKind.MARKET;
        final boolean capped = cap > 0;
        final boolean stpActive = stp != StpMode.NONE;
        long remQty = qty;
        long remQuote = quoteQty;
        long capLeft = cap;
        boolean traded = false;
        boolean budgetSpent = false;
        boolean capHit = false;
        boolean takerExpiredInMatch = false;
        final BookSide opp = buy ? asks : bids;

        outer:
        while (opp.size > 0) {
            final int lvl = opp.best();
            final long lp = levelPrices[lvl];
            if (limited && (buy ? lp > price : lp < price)) {
                break;
            }
            int node = heads[lvl];
            while (node != NIL) {
                final int next = nexts[node];
                if (stpActive && owners[node] == ownerId) {
                    final long makerId = orderIds[node];
                    final long makerQty = qtys[node];
                    final long takerOpen = byQuote ? floorStep(ScaledMath.maxQtyForQuote(remQuote, lp)) : remQty;
                    if (stp == StpMode.DECREMENT) {
                        if (takerOpen == 0) {
                            budgetSpent = true; // a quote budget too small for one step prevents nothing
                            break outer;
                        }
                        final long prevented = Math.min(takerOpen, makerQty);
                        listener.onPreventedMatch(orderId, makerId, lp, prevented, prevented);
                        if (byQuote) {
                            remQuote -= takerOpen == prevented ? remQuote : ScaledMath.quote(lp, prevented);
                        } else {
                            remQty -= prevented;
                        }
                        if (prevented == makerQty) {
                            removeNode(node);
                            listener.onMakerExpired(makerId, 0L);
                        } else {
                            qtys[node] -= prevented;
                            levelQtys[lvl] -= prevented;
                        }
                        if (prevented == takerOpen) {
                            takerExpiredInMatch = true;
                            break outer;
                        }
                        node = next;
                        continue;
                    }
                    if (stp == StpMode.EXPIRE_TAKER) {
                        listener.onPreventedMatch(orderId, makerId, lp, takerOpen, 0L);
                        takerExpiredInMatch = true;
                        break outer;
                    }
                    boolean both = stp == StpMode.EXPIRE_BOTH;
                    listener.onPreventedMatch(orderId, makerId, lp, both ? takerOpen : 0L, makerQty);
                    removeNode(node);
                    listener.onMakerExpired(makerId, makerQty);
                    if (both) {
                        takerExpiredInMatch = true;
                        break outer;
                    }
                    node = next;
                    continue;
                }
                long fill = qtys[node];
                if (byQuote) {
                    long afford = floorStep(ScaledMath.maxQtyForQuote(remQuote, lp));
                    if (afford == 0) {
                        budgetSpent = true;
                        break outer;
                    }
                    fill = Math.min(fill, afford);
                } else {
                    fill = Math.min(fill, remQty);
                }
                if (capped) {
                    long capQty = byQuote ? floorStep(capLeft) : floorStep(ScaledMath.maxQtyForQuote(capLeft, lp));
                    if (capQty == 0) {
                        capHit = true;
                        break outer;
                    }
                    fill = Math.min(fill, capQty);
                }
                final long makerId = orderIds[node];
                qtys[node] -= fill;
                levelQtys[lvl] -= fill;
                if (byQuote || capped) {
                    long tradeQuote = ScaledMath.quote(lp, fill);
                    if (byQuote) {
                        remQuote -= tradeQuote;
                        if (capped) {
                            capLeft -= fill;
                        }
                    } else {
                        remQty -= fill;
                        capLeft -= tradeQuote;
                    }
                } else {
                    remQty -= fill;
                }
                final boolean makerDone = qtys[node] == 0;
                if (makerDone) {
                    removeNode(node);
                }
                traded = true;
                listener.onTrade(orderId, makerId, lp, fill, buy);
                if (byQuote ? remQuote == 0 : remQty == 0) {
                    budgetSpent = byQuote;
                    break outer;
                }
                // A maker left with quantity stays first in line: the next pass finds the budget or cap exhausted.
                if (makerDone) {
                    node = next;
                }
            }
        }

        if (takerExpiredInMatch) {
            listener.onTakerDone(orderId, byQuote ? remQuote : remQty, DoneReason.EXPIRED_IN_MATCH);
        } else if (byQuote) {
            boolean filled = budgetSpent && traded && !capHit;
            listener.onTakerDone(orderId, remQuote, filled ? DoneReason.FILLED : DoneReason.EXPIRED);
        } else if (remQty == 0) {
            listener.onTakerDone(orderId, 0L, DoneReason.FILLED);
        } else if (kind == OrderKind.LIMIT_GTC) {
            rest(orderId, ownerId, buy, price, remQty);
            listener.onRested(orderId);
        } else {
            listener.onTakerDone(orderId, remQty, DoneReason.EXPIRED);
        }
    }

    private long floorStep(long qty) {
        return qtyStep == 1L ? qty : qty - qty % qtyStep;
    }

    /**
     * Removes a resting order. No listener callback is made: the caller knows it canceled.
     *
     * @param orderId  the order
     * @param listener unused today; kept so that cancel-triggered events can be added without an API change
     * @return false if the order is not resting
     */
    public boolean cancel(long orderId, MatchListener listener) {
        int node = index.get(orderId);
        if (node == LongIntHashMap.MISSING) {
            return false;
        }
        removeNode(node);
        return true;
    }

    /**
     * Reduces the open quantity of a resting order in place, keeping its time priority (Binance's amend keep
     * priority). Allocation-free.
     *
     * @param orderId   the order
     * @param newQtyScaled its new open quantity, {@code > 0} and smaller than the current one
     * @return false if the order is not resting
     * @throws IllegalArgumentException if the new quantity is not a reduction
     */
    public boolean reduce(long orderId, long newQtyScaled) {
        int node = index.get(orderId);
        if (node == LongIntHashMap.MISSING) {
            return false;
        }
        if (newQtyScaled <= 0 || newQtyScaled >= qtys[node]) {
            throw new IllegalArgumentException("not a reduction: " + newQtyScaled + " from " + qtys[node]);
        }
        levelQtys[orderLevels[node]] -= qtys[node] - newQtyScaled;
        qtys[node] = newQtyScaled;
        return true;
    }

    /** @return best (highest) bid price, 0 when there are no bids */
    public long bestBid() {
        return bids.size == 0 ? 0L : levelPrices[bids.best()];
    }

    /** @return best (lowest) ask price, 0 when there are no asks */
    public long bestAsk() {
        return asks.size == 0 ? 0L : levelPrices[asks.best()];
    }

    /**
     * Visits aggregated levels of one side, best first.
     *
     * @param bids      true for bids, false for asks
     * @param maxLevels most levels to visit
     * @param consumer  receives price and total quantity of each level
     */
    public void forEachLevel(boolean bids, int maxLevels, LevelConsumer consumer) {
        BookSide side = bids ? this.bids : asks;
        int end = Math.max(0, side.size - maxLevels);
        for (int i = side.size - 1; i >= end; i--) {
            int lvl = side.levels[i];
            consumer.accept(levelPrices[lvl], levelQtys[lvl]);
        }
    }

    /**
     * @param bids true for bids, false for asks
     * @return number of price levels on that side
     */
    public int levelCount(boolean bids) {
        return (bids ? this.bids : asks).size;
    }

    /**
     * @param orderId an order id
     * @return its open quantity if resting, else -1
     */
    public long restingQty(long orderId) {
        int node = index.get(orderId);
        return node == LongIntHashMap.MISSING ? -1L : qtys[node];
    }

    /** @return number of resting orders */
    public int orderCount() {
        return orderCount;
    }

    // ---------------------------------------------------------------- book maintenance

    private void rest(long orderId, long ownerId, boolean buy, long price, long qty) {
        BookSide side = buy ? bids : asks;
        long key = buy ? price : -price;
        int lvl;
        if (side.size > 0 && side.keys[side.size - 1] == key) {
            lvl = side.levels[side.size - 1];
        } else {
            int pos = side.find(key);
            if (pos >= 0) {
                lvl = side.levels[pos];
            } else {
                lvl = allocLevel(price, buy);
                side.insert(-pos - 1, key, lvl);
            }
        }
        int node = allocOrder();
        orderIds[node] = orderId;
        owners[node] = ownerId;
        qtys[node] = qty;
        orderLevels[node] = lvl;
        nexts[node] = NIL;
        int tail = tails[lvl];
        prevs[node] = tail;
        if (tail == NIL) {
            heads[lvl] = node;
        } else {
            nexts[tail] = node;
        }
        tails[lvl] = node;
        levelQtys[lvl] += qty;
        index.put(orderId, node);
        orderCount++;
    }

    /** Unlinks a node, takes its open quantity off its level, and frees the level if it is now empty. */
    private void removeNode(int node) {
        int lvl = orderLevels[node];
        levelQtys[lvl] -= qtys[node];
        int prev = prevs[node];
        int next = nexts[node];
        if (prev == NIL) {
            heads[lvl] = next;
        } else {
            nexts[prev] = next;
        }
        if (next == NIL) {
            tails[lvl] = prev;
        } else {
            prevs[next] = prev;
        }
        index.remove(orderIds[node]);
        qtys[node] = 0;
        nexts[node] = orderFree;
        orderFree = node;
        orderCount--;
        if (heads[lvl] == NIL) {
            removeLevel(lvl);
        }
    }

    private void removeLevel(int lvl) {
        boolean bid = levelIsBid[lvl];
        BookSide side = bid ? bids : asks;
        long key = bid ? levelPrices[lvl] : -levelPrices[lvl];
        if (side.keys[side.size - 1] == key) {
            side.size--;
        } else {
            side.removeAt(side.find(key));
        }
        levelQtys[lvl] = 0;
        heads[lvl] = levelFree;
        levelFree = lvl;
    }

    private int allocOrder() {
        int node = orderFree;
        if (node != NIL) {
            orderFree = nexts[node];
            return node;
        }
        if (orderHighWater == orderIds.length) {
            int n = orderIds.length << 1;
            orderIds = Arrays.copyOf(orderIds, n);
            owners = Arrays.copyOf(owners, n);
            qtys = Arrays.copyOf(qtys, n);
            nexts = Arrays.copyOf(nexts, n);
            prevs = Arrays.copyOf(prevs, n);
            orderLevels = Arrays.copyOf(orderLevels, n);
        }
        return orderHighWater++;
    }

    private int allocLevel(long price, boolean bid) {
        int lvl = levelFree;
        if (lvl != NIL) {
            levelFree = heads[lvl];
        } else {
            if (levelHighWater == levelPrices.length) {
                int n = levelPrices.length << 1;
                levelPrices = Arrays.copyOf(levelPrices, n);
                levelQtys = Arrays.copyOf(levelQtys, n);
                heads = Arrays.copyOf(heads, n);
                tails = Arrays.copyOf(tails, n);
                levelIsBid = Arrays.copyOf(levelIsBid, n);
            }
            lvl = levelHighWater++;
        }
        levelPrices[lvl] = price;
        levelQtys[lvl] = 0;
        heads[lvl] = NIL;
        tails[lvl] = NIL;
        levelIsBid[lvl] = bid;
        return lvl;
    }

    /**
     * One side's levels sorted by key ascending, best at the end (key = price for bids, -price for asks), so that the
     * top of book, where most activity is, is touched by appending or truncating.
     */
    private static final class BookSide {
        long[] keys;
        int[] levels;
        int size;

        BookSide(int capacity) {
            keys = new long[capacity];
            levels = new int[capacity];
        }

        int best() {
            return levels[size - 1];
        }

        /** Binary search: index if found, else {@code -(insertionPoint) - 1}. */
        int find(long key) {
            int lo = 0;
            int hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long k = keys[mid];
                if (k < key) {
                    lo = mid + 1;
                } else if (k > key) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(lo + 1);
        }

        void insert(int pos, long key, int level) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size << 1);
                levels = Arrays.copyOf(levels, size << 1);
            }
            System.arraycopy(keys, pos, keys, pos + 1, size - pos);
            System.arraycopy(levels, pos, levels, pos + 1, size - pos);
            keys[pos] = key;
            levels[pos] = level;
            size++;
        }

        void removeAt(int pos) {
            System.arraycopy(keys, pos + 1, keys, pos, size - pos - 1);
            System.arraycopy(levels, pos + 1, levels, pos, size - pos - 1);
            size--;
        }
    }
}
