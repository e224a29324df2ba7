package io.tradewire.simulator.venue;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.error.SpotErrors;
import io.tradewire.core.filter.ClientOrderIdRule;
import io.tradewire.core.filter.FilterFailure;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.matching.DoneReason;
import io.tradewire.simulator.matching.LevelConsumer;
import io.tradewire.simulator.matching.MatchListener;
import io.tradewire.simulator.matching.OrderKind;
import io.tradewire.simulator.matching.ScaledMath;
import io.tradewire.simulator.matching.StpMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The simulated Spot venue: symbols, accounts with balances, order validation in Binance's order and with its error
 * codes, matching, and order history. Simulator internal.
 *
 * <p><b>Threading:</b> single-threaded by contract. Callers serialize every call (the server holds this object's
 * monitor); listener callbacks run on the calling thread after the call's state changes are complete.
 *
 * <p><b>Money:</b> balances and amounts are scale-8 longs inside, BigDecimal with 8 decimals outside. Quote amounts of
 * trades are {@code floor(price * qty)} at 8 decimals, the same number for buyer and seller, so that the sum over
 * accounts of each asset never changes. A LIMIT BUY reserves {@code ceil(price * qty)} of the quote asset, which
 * always covers its fills at that price or better; what is left is released when the order ends.
 *
 * <p><b>Reservations:</b> LIMIT/LIMIT_MAKER BUY reserve quote; every SELL sized by quantity reserves base; a MARKET BUY
 * sized by quote reserves that quote. A MARKET BUY sized by quantity and a MARKET SELL sized by quote cannot know their
 * cost in advance: they are refused when the book says they would cost more than the free balance, and the matching
 * engine caps them at the free balance, so balances never go negative.
 */
public final class Venue {
    private static final int SCALE = 8;
    private static final String DECIMAL_RANGE = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";
    private static final String STP_NOT_ALLOWED = "This symbol does not allow the specified self-trade prevention mode.";
    private static final char[] ID_CHARS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final EpochClock clock;
    private final Map<String, SymbolState> symbols = new LinkedHashMap<>();
    private final List<SymbolSpec> specs;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom();
    private final Execution execution = new Execution();
    private VenueListener listener = VenueListener.NO_OP;
    private long nextOwnerId = 1;

    /**
     * @param symbols the tradable symbols (unique names)
     * @param clock   source of transact/update times
     */
    public Venue(List<SymbolSpec> symbols, EpochClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        for (SymbolSpec s : symbols) {
            if (this.symbols.putIfAbsent(s.symbol(), new SymbolState(s)) != null) {
                throw new IllegalArgumentException("duplicate symbol " + s.symbol());
            }
        }
        this.specs = List.copyOf(symbols);
    }

    /**
     * Opens an account with its starting balances (all free).
     *
     * @param spec the account
     * @throws IllegalArgumentException if the API key exists already or a balance has more than 8 decimals
     */
    public void addAccount(AccountSpec spec) {
        if (accounts.containsKey(spec.apiKey())) {
            throw new IllegalArgumentException("account exists already");
        }
        Account a = new Account(spec.apiKey(), nextOwnerId++);
        spec.balances().forEach((asset, amount) -> {
            try {
                a.holding(asset).free = Decimals.toScaled(amount, SCALE);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("balance of " + asset + " needs at most 8 decimals", e);
            }
        });
        accounts.put(spec.apiKey(), a);
    }

    /**
     * @param symbol symbol name
     * @return its spec, if the venue lists it
     */
    public Optional<SymbolSpec> symbol(String symbol) {
        SymbolState s = symbol == null ? null : symbols.get(symbol);
        return s == null ? Optional.empty() : Optional.of(s.spec);
    }

    /** @return all symbols, in configuration order */
    public List<SymbolSpec> symbols() {
        return specs;
    }

    /**
     * Replaces the listener (default: {@link VenueListener#NO_OP}).
     *
     * @param l the listener
     */
    public void setListener(VenueListener l) {
        this.listener = Objects.requireNonNull(l, "listener");
    }

    /**
     * @param apiKey an account's API key
     * @return every asset the account has held, with 8 decimals, sorted by asset; empty for an unknown key
     */
    public Map<String, Balance> balances(String apiKey) {
        Account a = accounts.get(apiKey);
        if (a == null) {
            return Map.of();
        }
        Map<String, Balance> out = new TreeMap<>();
        a.holdings.forEach((asset, h) -> out.put(asset, balance(h)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Visits the aggregated book of a symbol, best level first (for depth snapshots).
     *
     * @param symbol    symbol name
     * @param bids      true for bids, false for asks
     * @param maxLevels most levels to visit
     * @param consumer  receives scaled price and quantity
     * @return false if the symbol is unknown
     */
    public boolean depth(String symbol, boolean bids, int maxLevels, LevelConsumer consumer) {
        SymbolState s = symbol == null ? null : symbols.get(symbol);
        if (s == null) {
            return false;
        }
        s.book.forEachLevel(bids, maxLevels, consumer);
        return true;
    }

    /**
     * Open orders of an account.
     *
     * @param apiKey the account
     * @param symbol a symbol, or null for all
     * @return the open orders, by symbol then order id
     */
    public List<OrderResult> openOrders(String apiKey, String symbol) {
        Account a = accounts.get(apiKey);
        List<OrderResult> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        for (SymbolState s : symbols.values()) {
            if (symbol != null && !symbol.equals(s.spec.symbol())) {
                continue;
            }
            new TreeMap<>(s.orders).values().stream()
                    .filter(o -> o.account == a && o.isOpen())
                    .forEach(o -> out.add(new OrderResult(o, o.clientOrderId, null, o.time, List.of())));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ place

    /**
     * Validates and executes a new order, as Binance's order.place does.
     *
     * @param apiKey the account
     * @param cmd    the request's parameters
     * @return the order after matching, with the fills of this request
     * @throws VenueException with Binance's code and message when the order is refused (nothing changed then)
     */
    public OrderResult placeOrder(String apiKey, PlaceOrderCommand cmd) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(cmd.symbol());
        Side side = require(cmd.side(), "side");
        if (!side.isKnown()) {
            throw VenueException.generic(SpotErrors.INVALID_SIDE);
        }
        OrderType type = require(cmd.type(), "type");
        if (!type.isKnown()) {
            throw VenueException.generic(SpotErrors.INVALID_ORDER_TYPE);
        }
        if (cmd.timeInForce() != null && !cmd.timeInForce().isKnown()) {
            throw VenueException.generic(SpotErrors.INVALID_TIF);
        }
        if (cmd.selfTradePreventionMode() != null && !cmd.selfTradePreventionMode().isKnown()) {
            throw VenueException.formatted(SpotErrors.INVALID_PARAMETER, "selfTradePreventionMode");
        }
        if (cmd.newOrderRespType() != null && !cmd.newOrderRespType().isKnown()) {
            throw VenueException.formatted(SpotErrors.INVALID_PARAMETER, "newOrderRespType");
        }
        checkClientId(cmd.newClientOrderId(), "newClientOrderId");
        checkTypeSupported(sym.spec, type);

        boolean market = OrderType.MARKET.equals(type);
        TimeInForce tif = cmd.timeInForce();
        if (OrderType.LIMIT.equals(type)) {
            require(tif, "timeInForce");
            require(cmd.price(), "price");
            require(cmd.quantity(), "quantity");
            notRequired(cmd.quoteOrderQty(), "quoteOrderQty");
        } else if (OrderType.LIMIT_MAKER.equals(type)) {
            require(cmd.price(), "price");
            require(cmd.quantity(), "quantity");
            notRequired(tif, "timeInForce");
            notRequired(cmd.quoteOrderQty(), "quoteOrderQty");
            tif = TimeInForce.GTC; // Binance reports GTC for orders that take no timeInForce
        } else {
            notRequired(tif, "timeInForce");
            notRequired(cmd.price(), "price");
            if (cmd.quantity() == null && cmd.quoteOrderQty() == null) {
                throw VenueException.formatted(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED,
                        "quantity", "quoteOrderQty");
            }
            if (cmd.quantity() != null) {
                notRequired(cmd.quoteOrderQty(), "quoteOrderQty");
            }
            tif = TimeInForce.GTC;
        }
        long price = scaled(cmd.price(), "price");
        long qty = scaled(cmd.quantity(), "quantity");
        long quoteQty = scaled(cmd.quoteOrderQty(), "quoteOrderQty");

        SelfTradePreventionMode stp = cmd.selfTradePreventionMode() != null ? cmd.selfTradePreventionMode()
                : sym.spec.defaultSelfTradePreventionMode();
        if (!sym.spec.allowedSelfTradePreventionModes().contains(stp)
                || !SymbolSpec.SUPPORTED_STP_MODES.contains(stp)) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, STP_NOT_ALLOWED);
        }
        if (!SymbolStatus.TRADING.equals(sym.spec.status())) {
            throw rejected(SpotErrors.MSG_MARKET_CLOSED);
        }
        checkFilters(sym, type, cmd, market);
        if (!market && (price == 0 || qty == 0) || market && qty == 0 && quoteQty == 0) {
            throw rejected(SpotErrors.MSG_PRICE_QTY_ZERO_OR_LESS);
        }

        String clientOrderId = cmd.newClientOrderId() != null ? cmd.newClientOrderId() : generateClientId();
        VenueOrder previous = sym.latestByClientId(account, clientOrderId);
        if (previous != null && previous.isOpen()) {
            throw rejected(SpotErrors.MSG_DUPLICATE_ORDER);
        }

        boolean buy = Side.BUY.equals(side);
        String base = sym.spec.baseAsset();
        String quote = sym.spec.quoteAsset();
        // What to reserve, or (for orders whose cost is unknown) the cap handed to the matching engine.
        String lockAsset = null;
        long lockAmount = 0;
        long cap = 0;
        if (!market) {
            lockAsset = buy ? quote : base;
            lockAmount = buy ? ScaledMath.quoteCeil(price, qty) : qty;
        } else if (buy && quoteQty > 0) {
            lockAsset = quote;
            lockAmount = quoteQty;
        } else if (!buy && qty > 0) {
            lockAsset = base;
            lockAmount = qty;
        } else {
            String spend = buy ? quote : base;
            long free = account.free(spend);
            long estimate = buy ? estimateQuoteCost(sym, qty) : estimateBaseNeeded(sym, quoteQty);
            if (free == 0 || estimate > free) {
                throw rejected(SpotErrors.MSG_INSUFFICIENT_BALANCE);
            }
            cap = free;
        }
        if (lockAsset != null && account.free(lockAsset) < lockAmount) {
            throw rejected(SpotErrors.MSG_INSUFFICIENT_BALANCE);
        }
        if (OrderType.LIMIT_MAKER.equals(type) && sym.book.wouldCross(buy, price)) {
            throw rejected(SpotErrors.MSG_ORDER_WOULD_IMMEDIATELY_MATCH);
        }

        // Accepted: from here on nothing throws.
        long now = clock.epochMillis();
        VenueOrder order = new VenueOrder(sym, account, sym.nextOrderId++, clientOrderId, side, type, tif, price, qty,
                quoteQty, stp, cmd.effectiveResponseType(), now);
        sym.orders.put(order.orderId, order);
        sym.indexClientId(order);
        if (lockAsset != null) {
            Account.Holding h = account.holding(lockAsset);
            h.free -= lockAmount;
            h.locked += lockAmount;
            order.lockAsset = lockAsset;
            order.locked = lockAmount;
            execution.changed(account, lockAsset);
        }
        execution.begin(sym, order, now);
        execution.emit(order, null, ExecutionType.NEW);
        sym.book.submitCapped(order.orderId, account.ownerId, buy, kind(type, tif), price, qty, quoteQty, cap,
                stpMode(stp), execution);
        List<Fill> fills = execution.finish();
        return new OrderResult(order, order.clientOrderId, null, now, fills);
    }

    private static OrderKind kind(OrderType type, TimeInForce tif) {
        if (OrderType.MARKET.equals(type)) {
            return OrderKind.MARKET;
        }
        if (OrderType.LIMIT_MAKER.equals(type)) {
            return OrderKind.LIMIT_MAKER;
        }
        if (TimeInForce.IOC.equals(tif)) {
            return OrderKind.LIMIT_IOC;
        }
        return TimeInForce.FOK.equals(tif) ? OrderKind.LIMIT_FOK : OrderKind.LIMIT_GTC;
    }

    private static StpMode stpMode(SelfTradePreventionMode m) {
        return StpMode.valueOf(m.wireName()); // only the four supported modes get this far
    }

    private void checkTypeSupported(SymbolSpec spec, OrderType type) throws VenueException {
        if (spec.orderTypes().contains(type) && SymbolSpec.SUPPORTED_ORDER_TYPES.contains(type)) {
            return;
        }
        String msg;
        if (OrderType.MARKET.equals(type)) {
            msg = SpotErrors.MSG_MARKET_ORDERS_NOT_SUPPORTED;
        } else if (OrderType.STOP_LOSS.equals(type)) {
            msg = "Stop loss orders are not supported for this symbol.";
        } else if (OrderType.STOP_LOSS_LIMIT.equals(type)) {
            msg = "Stop loss limit orders are not supported for this symbol.";
        } else if (OrderType.TAKE_PROFIT.equals(type)) {
            msg = "Take profit orders are not supported for this symbol.";
        } else if (OrderType.TAKE_PROFIT_LIMIT.equals(type)) {
            msg = "Take profit limit orders are not supported for this symbol.";
        } else {
            msg = "Unsupported order combination";
        }
        throw rejected(msg);
    }

    private void checkFilters(SymbolState sym, OrderType type, PlaceOrderCommand cmd, boolean market)
            throws VenueException {
        Optional<FilterFailure> f;
        if (market && cmd.quantity() == null) {
            // Sized by quote: the quote amount is the notional; LOT_SIZE applies to what executes.
            f = sym.spec.filters().checkNotional(BigDecimal.ONE, cmd.quoteOrderQty(), true);
        } else {
            f = sym.spec.filters().checkOrder(type, market ? null : cmd.price(), cmd.quantity(),
                    sym.referencePrice());
        }
        if (f.isPresent()) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, f.get().message());
        }
    }

    /** Quote needed to buy {@code qty} from the asks as they stand (own orders included: it is an estimate). */
    private static long estimateQuoteCost(SymbolState sym, long qty) {
        long[] acc = {qty, 0L};
        sym.book.forEachLevel(false, Integer.MAX_VALUE, (p, q) -> {
            if (acc[0] > 0) {
                long take = Math.min(acc[0], q);
                acc[0] -= take;
                acc[1] = Math.addExact(acc[1], ScaledMath.quote(p, take));
            }
        });
        return acc[1];
    }

    /** Base needed to receive {@code quote} from the bids as they stand. */
    private static long estimateBaseNeeded(SymbolState sym, long quote) {
        long[] acc = {quote, 0L};
        sym.book.forEachLevel(true, Integer.MAX_VALUE, (p, q) -> {
            if (acc[0] > 0) {
                long levelQuote = ScaledMath.quote(p, q);
                if (levelQuote <= acc[0]) {
                    acc[0] -= levelQuote;
                    acc[1] += q;
                } else {
                    long take = Math.min(q, ScaledMath.maxQtyForQuote(acc[0], p));
                    acc[0] = 0;
                    acc[1] += take;
                }
            }
        });
        return acc[1];
    }

    // ------------------------------------------------------------------------------------------------ cancel, query

    /**
     * Cancels an open order, as Binance's order.cancel does.
     *
     * @param apiKey            the account
     * @param symbol            symbol
     * @param orderId           order id, or -1 if absent
     * @param origClientOrderId the order's client id, or null
     * @param newClientOrderId  client id of the cancel, or null to generate one
     * @return the canceled order; its clientOrderId is the cancel's id and origClientOrderId the order's
     * @throws VenueException -2011 "Unknown order sent." when there is no such open order, parameter errors otherwise
     */
    public OrderResult cancelOrder(String apiKey, String symbol, long orderId, String origClientOrderId,
                                   String newClientOrderId) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        checkClientId(newClientOrderId, "newClientOrderId");
        VenueOrder o = find(account, sym, orderId, origClientOrderId);
        if (o == null || !o.isOpen()) {
            throw VenueException.of(SpotErrors.CANCEL_REJECTED, SpotErrors.MSG_UNKNOWN_ORDER);
        }
        long now = clock.epochMillis();
        sym.book.cancel(o.orderId, execution);
        o.status = OrderStatus.CANCELED;
        o.updateTime = now;
        execution.begin(sym, null, now);
        execution.release(o);
        execution.emit(o, null, ExecutionType.CANCELED);
        execution.finish();
        String cancelId = newClientOrderId != null ? newClientOrderId : generateClientId();
        return new OrderResult(o, cancelId, o.clientOrderId, now, List.of());
    }

    /**
     * Looks an order up, open or not, as Binance's order.status does.
     *
     * @param apiKey            the account
     * @param symbol            symbol
     * @param orderId           order id, or -1 if absent
     * @param origClientOrderId client id, or null
     * @return the order
     * @throws VenueException -2013 "Order does not exist." when not found, parameter errors otherwise
     */
    public OrderResult queryOrder(String apiKey, String symbol, long orderId, String origClientOrderId)
            throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        VenueOrder o = find(account, sym, orderId, origClientOrderId);
        if (o == null) {
            throw VenueException.generic(SpotErrors.NO_SUCH_ORDER);
        }
        return new OrderResult(o, o.clientOrderId, null, o.time, List.of());
    }

    /** By orderId first; when both are given, the order found must also carry origClientOrderId. */
    private static VenueOrder find(Account account, SymbolState sym, long orderId, String origClientOrderId)
            throws VenueException {
        if (orderId < 0 && origClientOrderId == null) {
            throw VenueException.formatted(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED,
                    "orderId", "origClientOrderId");
        }
        if (origClientOrderId != null && origClientOrderId.isEmpty()) {
            throw VenueException.generic(SpotErrors.EMPTY_ORG_CL_ORD_ID);
        }
        VenueOrder o;
        if (orderId >= 0) {
            o = sym.orders.get(orderId);
            if (o != null && (o.account != account
                    || origClientOrderId != null && !origClientOrderId.equals(o.clientOrderId))) {
                o = null;
            }
        } else {
            o = sym.latestByClientId(account, origClientOrderId);
        }
        return o;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Account account(String apiKey) throws VenueException {
        Account a = apiKey == null ? null : accounts.get(apiKey);
        if (a == null) {
            throw VenueException.generic(SpotErrors.REJECTED_MBX_KEY);
        }
        return a;
    }

    private SymbolState symbolState(String symbol) throws VenueException {
        require(symbol, "symbol");
        SymbolState s = symbols.get(symbol);
        if (s == null) {
            throw VenueException.generic(SpotErrors.BAD_SYMBOL);
        }
        return s;
    }

    private static <T> T require(T value, String name) throws VenueException {
        if (value == null || value instanceof String && ((String) value).isEmpty()) {
            throw VenueException.formatted(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED, name);
        }
        return value;
    }

    private static void notRequired(Object value, String name) throws VenueException {
        if (value != null) {
            throw VenueException.formatted(SpotErrors.PARAM_NOT_REQUIRED, name);
        }
    }

    private static void checkClientId(String id, String name) throws VenueException {
        if (id == null) {
            return;
        }
        if (id.isEmpty()) {
            throw VenueException.generic(SpotErrors.EMPTY_NEW_CL_ORD_ID);
        }
        if (!ClientOrderIdRule.isValid(id)) {
            throw VenueException.formatted(SpotErrors.ILLEGAL_CHARS, name, ClientOrderIdRule.LEGAL_RANGE);
        }
    }

    private static long scaled(BigDecimal v, String name) throws VenueException {
        if (v == null) {
            return 0L;
        }
        if (v.signum() < 0) {
            throw VenueException.formatted(SpotErrors.ILLEGAL_CHARS, name, DECIMAL_RANGE);
        }
        try {
            return Decimals.toScaled(v, SCALE);
        } catch (ArithmeticException e) {
            // more than 8 decimals, or beyond what 8 decimals in a long can hold
            if (v.stripTrailingZeros().scale() > SCALE) {
                throw VenueException.formatted(SpotErrors.BAD_PRECISION, name);
            }
            throw VenueException.formatted(SpotErrors.PARAM_OVERFLOW, name);
        }
    }

    private static VenueException rejected(String message) {
        return VenueException.of(SpotErrors.NEW_ORDER_REJECTED, message);
    }

    private String generateClientId() {
        char[] c = new char[22];
        for (int i = 0; i < c.length; i++) {
            c[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
        }
        return new String(c);
    }

    private static Balance balance(Account.Holding h) {
        return new Balance(OrderResult.dec(h.free), OrderResult.dec(h.locked));
    }

    // ------------------------------------------------------------------------------------------------ execution

    /**
     * Applies the matching engine's events to orders and balances during one venue call, and queues the listener
     * notifications, which are delivered once the call's state is complete.
     */
    private final class Execution implements MatchListener {
        private record Event(VenueOrder order, Fill fill, ExecutionType type, OrderResult snapshot) {
        }

        private SymbolState sym;
        private VenueOrder taker;
        private long now;
        private final List<Fill> takerFills = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final Map<Account, Set<String>> changed = new LinkedHashMap<>();

        void begin(SymbolState sym, VenueOrder taker, long now) {
            this.sym = sym;
            this.taker = taker;
            this.now = now;
        }

        void changed(Account a, String asset) {
            changed.computeIfAbsent(a, k -> new TreeSet<>()).add(asset);
        }

        void emit(VenueOrder o, Fill fill, ExecutionType type) {
            if (listener != VenueListener.NO_OP) {
                events.add(new Event(o, fill, type, new OrderResult(o, o.clientOrderId, null, now,
                        fill == null ? List.of() : List.of(fill))));
            }
        }

        /** Returns the order's unused reservation to its account. */
        void release(VenueOrder o) {
            if (o.locked > 0) {
                Account.Holding h = o.account.holding(o.lockAsset);
                h.locked -= o.locked;
                h.free += o.locked;
                o.locked = 0;
                changed(o.account, o.lockAsset);
            }
        }

        /** Takes an order's payment from its reservation when it reserved that asset, else from free. */
        private void pay(VenueOrder o, String asset, long amount) {
            Account.Holding h = o.account.holding(asset);
            if (asset.equals(o.lockAsset)) {
                h.locked -= amount;
                o.locked -= amount;
            } else {
                h.free -= amount;
            }
            changed(o.account, asset);
        }

        private void receive(VenueOrder o, String asset, long amount) {
            o.account.holding(asset).free += amount;
            changed(o.account, asset);
        }

        @Override
        public void onTrade(long takerOrderId, long makerOrderId, long price, long qty, boolean takerIsBuy) {
            VenueOrder maker = sym.orders.get(makerOrderId);
            VenueOrder buyer = takerIsBuy ? taker : maker;
            VenueOrder seller = takerIsBuy ? maker : taker;
            String base = sym.spec.baseAsset();
            String quoteAsset = sym.spec.quoteAsset();
            long quote = ScaledMath.quote(price, qty);
            long tradeId = sym.nextTradeId++;
            sym.lastPrice = price;

            pay(buyer, quoteAsset, quote);
            receive(buyer, base, qty);
            pay(seller, base, qty);
            receive(seller, quoteAsset, quote);
            for (VenueOrder o : new VenueOrder[] {taker, maker}) {
                o.executedQty += qty;
                o.cumQuote += quote;
                o.updateTime = now;
            }
            BigDecimal p = OrderResult.dec(price);
            BigDecimal q = OrderResult.dec(qty);
            BigDecimal zero = OrderResult.dec(0);

            if (maker.executedQty == maker.origQty) {
                maker.status = OrderStatus.FILLED;
                release(maker);
            } else {
                maker.status = OrderStatus.PARTIALLY_FILLED;
            }
            emit(maker, new Fill(p, q, zero, maker.isBuy() ? base : quoteAsset, tradeId), ExecutionType.TRADE);

            // Quote-sized orders learn that they are FILLED only when the engine says so (onTakerDone).
            taker.status = taker.origQty > 0 && taker.executedQty == taker.origQty ? OrderStatus.FILLED
                    : OrderStatus.PARTIALLY_FILLED;
            Fill takerFill = new Fill(p, q, zero, taker.isBuy() ? base : quoteAsset, tradeId);
            takerFills.add(takerFill);
            emit(taker, takerFill, ExecutionType.TRADE);
        }

        @Override
        public void onRested(long orderId) {
            taker.status = taker.executedQty > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
        }

        @Override
        public void onTakerDone(long orderId, long remainingQtyScaled, DoneReason reason) {
            switch (reason) {
                case FILLED -> taker.status = OrderStatus.FILLED;
                case EXPIRED -> taker.status = OrderStatus.EXPIRED;
                case EXPIRED_IN_MATCH -> {
                    taker.status = OrderStatus.EXPIRED_IN_MATCH;
                    if (taker.origQty > 0) {
                        taker.preventedQty += remainingQtyScaled;
                    }
                }
                default -> throw new IllegalStateException("unknown reason " + reason);
            }
            taker.updateTime = now;
            release(taker);
            if (reason == DoneReason.FILLED) {
                refreshLastTakerTrade();
            } else {
                emit(taker, null, reason == DoneReason.EXPIRED ? ExecutionType.EXPIRED
                        : ExecutionType.TRADE_PREVENTION);
            }
        }

        /** The last TRADE report of a quote-sized order that turned out FILLED must say FILLED. */
        private void refreshLastTakerTrade() {
            for (int i = events.size() - 1; i >= 0; i--) {
                Event e = events.get(i);
                if (e.order() == taker && e.type() == ExecutionType.TRADE) {
                    events.set(i, new Event(taker, e.fill(), e.type(),
                            new OrderResult(taker, taker.clientOrderId, null, now, List.of(e.fill()))));
                    return;
                }
            }
        }

        @Override
        public void onMakerExpired(long makerOrderId, long remainingQtyScaled) {
            VenueOrder maker = sym.orders.get(makerOrderId);
            maker.status = OrderStatus.EXPIRED_IN_MATCH;
            maker.preventedQty += remainingQtyScaled;
            maker.updateTime = now;
            release(maker);
            emit(maker, null, ExecutionType.TRADE_PREVENTION);
        }

        /** Ends the call: delivers queued notifications and returns the taker's fills. */
        List<Fill> finish() {
            List<Fill> fills = List.copyOf(takerFills);
            List<Event> evs = new ArrayList<>(events);
            Map<Account, Set<String>> ch = new LinkedHashMap<>(changed);
            takerFills.clear();
            events.clear();
            changed.clear();
            taker = null;
            sym = null;
            VenueListener l = listener;
            if (l != VenueListener.NO_OP) {
                for (Event e : evs) {
                    l.onExecution(e.order().account.apiKey, e.snapshot(), e.fill(), e.type());
                }
                for (Map.Entry<Account, Set<String>> e : ch.entrySet()) {
                    Map<String, Balance> b = new LinkedHashMap<>();
                    for (String asset : new LinkedHashSet<>(e.getValue())) {
                        b.put(asset, balance(e.getKey().holding(asset)));
                    }
                    l.onBalances(e.getKey().apiKey, Collections.unmodifiableMap(b));
                }
            }
            return fills;
        }
    }
}
