package io.tradewire.simulator.matching;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test oracle: the same semantics as {@link OrderBook}, written the obvious way (a list sorted at every step, BigInteger
 * arithmetic) so that the two can be compared on random order streams.
 */
final class NaiveOrderBook {
    private static final BigInteger SCALE = BigInteger.valueOf(100_000_000L);

    static final class Resting {
        final long id;
        final long owner;
        final boolean buy;
        final long price;
        final long seq;
        long qty;

        Resting(long id, long owner, boolean buy, long price, long qty, long seq) {
            this.id = id;
            this.owner = owner;
            this.buy = buy;
            this.price = price;
            this.qty = qty;
            this.seq = seq;
        }
    }

    private final List<Resting> orders = new ArrayList<>();
    private final long step;
    private long seq;

    NaiveOrderBook(long step) {
        this.step = step;
    }

    static long quote(long price, long qty) {
        return BigInteger.valueOf(price).multiply(BigInteger.valueOf(qty)).divide(SCALE).longValueExact();
    }

    static long maxQty(long quote, long price) {
        BigInteger q = BigInteger.valueOf(quote).multiply(SCALE).divide(BigInteger.valueOf(price));
        return q.bitLength() <= 63 ? q.longValue() : Long.MAX_VALUE;
    }

    private long floorStep(long q) {
        return q - q % step;
    }

    /** Opposite side, best first, then oldest first: re-sorted on every call on purpose. */
    private List<Resting> opposite(boolean buy) {
        List<Resting> opp = new ArrayList<>();
        for (Resting r : orders) {
            if (r.buy != buy) {
                opp.add(r);
            }
        }
        Comparator<Resting> byPrice = Comparator.comparingLong(r -> r.price);
        if (!buy) {
            byPrice = byPrice.reversed(); // a seller meets the highest bid first
        }
        opp.sort(byPrice.thenComparingLong(r -> r.seq));
        return opp;
    }

    private static boolean crosses(boolean buy, long limit, long makerPrice) {
        return buy ? makerPrice <= limit : makerPrice >= limit;
    }

    void submit(long id, long owner, boolean buy, OrderKind kind, long price, long qty, long quoteQty, long cap,
                StpMode stp, MatchListener l) {
        boolean limited = kind != OrderKind.MARKET;
        if (kind == OrderKind.LIMIT_MAKER) {
            List<Resting> opp = opposite(buy);
            if (!opp.isEmpty() && crosses(buy, price, opp.get(0).price)) {
                l.onTakerDone(id, qty, DoneReason.EXPIRED);
            } else {
                orders.add(new Resting(id, owner, buy, price, qty, seq++));
                l.onRested(id);
            }
            return;
        }
        if (kind == OrderKind.LIMIT_FOK) {
            long need = qty;
            boolean ok = false;
            for (Resting m : opposite(buy)) {
                if (!crosses(buy, price, m.price)) {
                    break;
                }
                if (stp != StpMode.NONE && m.owner == owner) {
                    if (stp == StpMode.EXPIRE_MAKER) {
                        continue;
                    }
                    break;
                }
                need -= m.qty;
                if (need <= 0) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                l.onTakerDone(id, qty, DoneReason.EXPIRED);
                return;
            }
        }
        boolean byQuote = quoteQty > 0;
        long remQty = qty;
        long remQuote = quoteQty;
        long capLeft = cap;
        boolean traded = false;
        boolean spent = false;
        boolean capHit = false;
        boolean stpExpired = false;
        while (true) {
            List<Resting> opp = opposite(buy);
            if (opp.isEmpty()) {
                break;
            }
            Resting m = opp.get(0);
            if (limited && !crosses(buy, price, m.price)) {
                break;
            }
            if (stp != StpMode.NONE && m.owner == owner) {
                long takerOpen = byQuote ? floorStep(maxQty(remQuote, m.price)) : remQty;
                if (stp == StpMode.DECREMENT) {
                    if (takerOpen == 0) {
                        spent = true;
                        break;
                    }
                    long prevented = Math.min(takerOpen, m.qty);
                    l.onPreventedMatch(id, m.id, m.price, prevented, prevented);
                    if (byQuote) {
                        remQuote -= takerOpen == prevented ? remQuote : quote(m.price, prevented);
                    } else {
                        remQty -= prevented;
                    }
                    m.qty -= prevented;
                    if (m.qty == 0) {
                        orders.remove(m);
                        l.onMakerExpired(m.id, 0);
                    }
                    if (prevented == takerOpen) {
                        stpExpired = true;
                        break;
                    }
                    continue;
                }
                if (stp == StpMode.EXPIRE_TAKER) {
                    l.onPreventedMatch(id, m.id, m.price, takerOpen, 0);
                    stpExpired = true;
                    break;
                }
                l.onPreventedMatch(id, m.id, m.price, stp == StpMode.EXPIRE_BOTH ? takerOpen : 0, m.qty);
                orders.remove(m);
                l.onMakerExpired(m.id, m.qty);
                if (stp == StpMode.EXPIRE_BOTH) {
                    stpExpired = true;
                    break;
                }
                continue;
            }
            long fill;
            if (byQuote) {
                long afford = floorStep(maxQty(remQuote, m.price));
                if (afford == 0) {
                    spent = true;
                    break;
                }
                fill = Math.min(m.qty, afford);
            } else {
                fill = Math.min(m.qty, remQty);
            }
            if (cap > 0) {
                long capQty = byQuote ? floorStep(capLeft) : floorStep(maxQty(capLeft, m.price));
                if (capQty == 0) {
                    capHit = true;
                    break;
                }
                fill = Math.min(fill, capQty);
            }
            long tradeQuote = quote(m.price, fill);
            if (byQuote) {
                remQuote -= tradeQuote;
                capLeft -= fill;
            } else {
                remQty -= fill;
                capLeft -= tradeQuote;
            }
            m.qty -= fill;
            if (m.qty == 0) {
                orders.remove(m);
            }
            traded = true;
            l.onTrade(id, m.id, m.price, fill, buy);
            if (byQuote ? remQuote == 0 : remQty == 0) {
                spent = byQuote;
                break;
            }
        }
        if (stpExpired) {
            l.onTakerDone(id, byQuote ? remQuote : remQty, DoneReason.EXPIRED_IN_MATCH);
        } else if (byQuote) {
            l.onTakerDone(id, remQuote, spent && traded && !capHit ? DoneReason.FILLED : DoneReason.EXPIRED);
        } else if (remQty == 0) {
            l.onTakerDone(id, 0, DoneReason.FILLED);
        } else if (kind == OrderKind.LIMIT_GTC) {
            orders.add(new Resting(id, owner, buy, price, remQty, seq++));
            l.onRested(id);
        } else {
            l.onTakerDone(id, remQty, DoneReason.EXPIRED);
        }
    }

    boolean reduce(long id, long newQty) {
        for (Resting r : orders) {
            if (r.id == id) {
                r.qty = newQty;
                return true;
            }
        }
        return false;
    }

    boolean cancel(long id) {
        return orders.removeIf(r -> r.id == id);
    }

    long restingQty(long id) {
        for (Resting r : orders) {
            if (r.id == id) {
                return r.qty;
            }
        }
        return -1;
    }

    int orderCount() {
        return orders.size();
    }

    /** Aggregated levels of one side, best first, as "price:qty". */
    List<String> levels(boolean bids) {
        List<Resting> side = opposite(!bids);
        List<String> out = new ArrayList<>();
        long price = Long.MIN_VALUE;
        long qty = 0;
        for (Resting r : side) {
            if (r.price != price) {
                if (price != Long.MIN_VALUE) {
                    out.add(price + ":" + qty);
                }
                price = r.price;
                qty = 0;
            }
            qty += r.qty;
        }
        if (price != Long.MIN_VALUE) {
            out.add(price + ":" + qty);
        }
        return out;
    }
}
