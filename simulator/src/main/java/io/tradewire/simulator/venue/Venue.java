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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    /** -2038: errors.md lists it with the matching engine's messages; core's catalog has no constant for it. */
    private static final int ORDER_AMEND_REJECTED = -2038;
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
    private final List<VenueListener> addedListeners = new ArrayList<>();
    /** Every listener (set and added), and whether any wants order events: rebuilt when they change. */
    private VenueListener[] listeners = new VenueListener[0];
    private boolean orderEvents;
    private long nextOwnerId = 1;
    private long nextOrderListId = 1;
    private final Map<Long, VenueOrderList> lists = new HashMap<>();
    /** Order lists whose orders changed during the current call, to update when it settles. */
    private final ArrayDeque<VenueOrderList> touchedLists = new ArrayDeque<>();
    /** Commissions collected, per asset, scale 8. */
    private final Map<String, long[]> fees = new TreeMap<>();
    /** Order history bounds: closed orders kept per account and symbol, and for how long. */
    private final int maxClosed;
    private final long maxClosedAgeMs;
    /** Accounts whose order lists closed during the current call: their list history is trimmed when it ends. */
    private final List<Account> listTrims = new ArrayList<>();

    /** Closed orders kept per account and symbol by default. */
    public static final int DEFAULT_MAX_CLOSED_ORDERS = 10_000;
    /** How long closed orders are kept by default. */
    public static final Duration DEFAULT_MAX_CLOSED_AGE = Duration.ofHours(24);

    /**
     * A venue with the default order history bounds ({@value #DEFAULT_MAX_CLOSED_ORDERS} closed orders per account
     * and symbol, 24 hours).
     *
     * @param symbols the tradable symbols (unique names)
     * @param clock   source of transact/update times
     */
    public Venue(List<SymbolSpec> symbols, EpochClock clock) {
        this(symbols, clock, DEFAULT_MAX_CLOSED_ORDERS, DEFAULT_MAX_CLOSED_AGE);
    }

    /**
     * A venue that forgets closed orders (FILLED, CANCELED, EXPIRED, ...) beyond a count per account and symbol or
     * an age, oldest first, so that memory stays flat however long it runs. Open orders are always kept. Forgotten
     * orders are unknown to order.status, allOrders, order.amendments and cancels, as orders Binance no longer
     * has. Order lists are bounded the same way, per account.
     *
     * @param symbols                      the tradable symbols (unique names)
     * @param clock                        source of transact/update times
     * @param maxClosedPerAccountAndSymbol closed orders kept per account and symbol, {@code >= 0}
     * @param maxClosedAge                 how long after closing an order is kept, positive
     */
    public Venue(List<SymbolSpec> symbols, EpochClock clock, int maxClosedPerAccountAndSymbol,
                 Duration maxClosedAge) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxClosedPerAccountAndSymbol < 0) {
            throw new IllegalArgumentException("maxClosedPerAccountAndSymbol must be >= 0");
        }
        if (maxClosedAge.isNegative() || maxClosedAge.isZero()) {
            throw new IllegalArgumentException("maxClosedAge must be positive");
        }
        this.maxClosed = maxClosedPerAccountAndSymbol;
        this.maxClosedAgeMs = maxClosedAge.compareTo(Duration.ofDays(365L * 1000)) > 0 ? Long.MAX_VALUE / 4
                : maxClosedAge.toMillis();
        for (SymbolSpec s : symbols) {
            if (this.symbols.putIfAbsent(s.symbol(), new SymbolState(s, this.symbols.size())) != null) {
                throw new IllegalArgumentException("duplicate symbol " + s.symbol());
            }
        }
        this.specs = List.copyOf(symbols);
    }

    /**
     * How many orders the venue holds, open and closed, over all accounts and symbols (for tests and monitoring of
     * the order history bounds).
     *
     * @return the number of retained orders
     */
    public int retainedOrders() {
        int n = 0;
        for (SymbolState s : symbols.values()) {
            n += s.orders.size();
        }
        return n;
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
        Account a = new Account(spec.apiKey(), nextOwnerId++, symbols.size());
        spec.balances().forEach((asset, amount) -> {
            try {
                a.holding(asset).free = Decimals.toScaled(amount, SCALE);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("balance of " + asset + " needs at most 8 decimals", e);
            }
        });
        accounts.put(spec.apiKey(), a);
        setCommissionRates(spec.apiKey(), spec.commissionRates());
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
        rebuildListeners();
    }

    /**
     * Adds a listener next to the one given to {@link #setListener} (e.g. market data next to user data).
     *
     * @param l the listener
     */
    public void addListener(VenueListener l) {
        addedListeners.add(Objects.requireNonNull(l, "listener"));
        rebuildListeners();
    }

    /**
     * Removes a listener added with {@link #addListener}.
     *
     * @param l the listener
     */
    public void removeListener(VenueListener l) {
        addedListeners.remove(l);
        rebuildListeners();
    }

    private void rebuildListeners() {
        List<VenueListener> all = new ArrayList<>();
        if (listener != VenueListener.NO_OP) {
            all.add(listener);
        }
        all.addAll(addedListeners);
        listeners = all.toArray(new VenueListener[0]);
        orderEvents = all.stream().anyMatch(VenueListener::receivesOrderEvents);
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
        List<VenueOrder> open = new ArrayList<>();
        for (SymbolState s : symbols.values()) {
            if (symbol != null && !symbol.equals(s.spec.symbol())) {
                continue;
            }
            AccountOrders ao = a.ordersOrNull(s);
            if (ao != null) {
                ao.collectOpen(open);
            }
        }
        for (VenueOrder o : open) {
            out.add(new OrderResult(o, o.clientOrderId, null, o.time, List.of()));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ place

    /** A validated new order: what creating it needs; nothing in the venue has changed yet. */
    private static final class Prepared {
        SymbolState sym;
        Account account;
        Side side;
        OrderType type;
        TimeInForce tif;
        long price;
        long qty;
        long quoteQty;
        long stopPrice;
        SelfTradePreventionMode stp;
        OrderResponseType respType;
        String clientOrderId;
        long strategyId = VenueOrder.NONE;
        long strategyType = VenueOrder.NONE;
        /** What the order reserves when it starts (null: nothing), and how much. */
        String lockAsset;
        long lockAmount;

        boolean buy() {
            return Side.BUY.equals(side);
        }
    }

    /**
     * Validates and executes a new order, as Binance's order.place does.
     *
     * @param apiKey the account
     * @param cmd    the request's parameters
     * @return the order after matching, with the fills of this request
     * @throws VenueException with Binance's code and message when the order is refused (nothing changed then)
     */
    public OrderResult placeOrder(String apiKey, PlaceOrderCommand cmd) throws VenueException {
        return place(apiKey, cmd, false);
    }

    /**
     * sor.order.place on a venue where every symbol is its own SOR configuration: the order matches on its own book,
     * as a plain order would, and is marked as placed through SOR. Only LIMIT and MARKET by quantity are accepted.
     *
     * @param apiKey the account
     * @param cmd    the request's parameters
     * @return the order after matching
     * @throws VenueException when refused
     */
    public OrderResult placeSorOrder(String apiKey, PlaceOrderCommand cmd) throws VenueException {
        checkSor(cmd);
        return place(apiKey, cmd, true);
    }

    /**
     * order.test / sor.order.test: validates like {@link #placeOrder} (parameters, symbol, filters), changes
     * nothing. Balances are not checked: Binance's test answers from memory, without the matching engine.
     *
     * @param apiKey the account
     * @param cmd    the request's parameters
     * @param sor    validate as sor.order.test
     * @throws VenueException when the order would be refused
     */
    public void testOrder(String apiKey, PlaceOrderCommand cmd, boolean sor) throws VenueException {
        if (sor) {
            checkSor(cmd);
        }
        Account account = account(apiKey);
        SymbolState sym = symbolState(cmd.symbol());
        prepare(account, sym, cmd, "", false);
    }

    private static void checkSor(PlaceOrderCommand cmd) throws VenueException {
        if (cmd.type() != null && cmd.type().isKnown() && !OrderType.LIMIT.equals(cmd.type())
                && !OrderType.MARKET.equals(cmd.type())) {
            throw VenueException.generic(SpotErrors.INVALID_ORDER_TYPE);
        }
        notRequired(cmd.quoteOrderQty(), "quoteOrderQty");
        require(cmd.quantity(), "quantity");
    }

    private OrderResult place(String apiKey, PlaceOrderCommand cmd, boolean sor) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(cmd.symbol());
        Prepared p = prepare(account, sym, cmd, "", true);
        checkOpenOrders(account, sym, 1);
        fund(p);
        if (OrderType.LIMIT_MAKER.equals(p.type) && sym.book.wouldCross(p.buy(), p.price)) {
            throw rejected(SpotErrors.MSG_ORDER_WOULD_IMMEDIATELY_MATCH);
        }
        // Accepted: from here on nothing throws.
        long now = clock.epochMillis();
        execution.begin(sym, null, now);
        VenueOrder order = create(p, now, null);
        order.usedSor = sor;
        lock(order, p.lockAsset, p.lockAmount);
        execution.respondFor(order);
        execution.emit(order, null, ExecutionType.NEW);
        start(order);
        // The answer describes the order as its own matching left it, before triggered stops trade (as on Binance,
        // where they run after the response).
        OrderResult result = new OrderResult(order, order.clientOrderId, null, now, execution.requestFills());
        settle(sym);
        execution.finish();
        return result;
    }

    /**
     * Parameter, symbol and filter checks of one order in Binance's order, without balances.
     *
     * @param prefix parameter name prefix of an order list leg ("working", "pendingAbove", "above", ...), "" for an
     *               order on its own
     * @param live   whether the order starts now (then a stop must not trigger at once)
     */
    private Prepared prepare(Account account, SymbolState sym, PlaceOrderCommand cmd, String prefix, boolean live)
            throws VenueException {
        Side side = require(cmd.side(), name(prefix, "side"));
        if (!side.isKnown()) {
            throw VenueException.generic(SpotErrors.INVALID_SIDE);
        }
        OrderType type = require(cmd.type(), name(prefix, "type"));
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
        checkClientId(cmd.newClientOrderId(), prefix.isEmpty() ? "newClientOrderId" : prefix + "ClientOrderId");
        if (cmd.strategyType() != null && cmd.strategyType() < 1_000_000L) {
            throw VenueException.generic(SpotErrors.BAD_STRATEGY_TYPE);
        }
        checkTypeSupported(sym.spec, type);

        boolean market = OrderType.MARKET.equals(type);
        boolean stop = VenueOrder.isStopType(type);
        boolean limitPriced = hasLimitPrice(type);
        TimeInForce tif = cmd.timeInForce();
        if (limitPriced && !OrderType.LIMIT_MAKER.equals(type)) {
            require(tif, name(prefix, "timeInForce"));
        } else {
            notRequired(tif, name(prefix, "timeInForce"));
            tif = TimeInForce.GTC; // Binance reports GTC for orders that take no timeInForce
        }
        if (limitPriced) {
            require(cmd.price(), name(prefix, "price"));
        } else {
            notRequired(cmd.price(), name(prefix, "price"));
        }
        if (stop) {
            if (cmd.stopPrice() == null && cmd.trailingDelta() == null) {
                throw VenueException.formatted(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED,
                        name(prefix, "stopPrice"), name(prefix, "trailingDelta"));
            }
        } else {
            notRequired(cmd.stopPrice(), name(prefix, "stopPrice"));
            notRequired(cmd.trailingDelta(), name(prefix, "trailingDelta"));
        }
        if (market) {
            if (cmd.quantity() == null && cmd.quoteOrderQty() == null) {
                throw VenueException.formatted(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED,
                        name(prefix, "quantity"), "quoteOrderQty");
            }
            if (cmd.quantity() != null) {
                notRequired(cmd.quoteOrderQty(), "quoteOrderQty");
            }
        } else {
            require(cmd.quantity(), name(prefix, "quantity"));
            notRequired(cmd.quoteOrderQty(), "quoteOrderQty");
        }
        if (cmd.trailingDelta() != null) {
            throw rejected("Trailing stop orders are not supported for this symbol.");
        }
        if (cmd.icebergQty() != null && cmd.icebergQty().signum() != 0) {
            throw rejected("Iceberg orders are not supported for this symbol.");
        }
        long price = scaled(cmd.price(), name(prefix, "price"));
        long qty = scaled(cmd.quantity(), name(prefix, "quantity"));
        long quoteQty = scaled(cmd.quoteOrderQty(), "quoteOrderQty");
        long stopPrice = scaled(cmd.stopPrice(), name(prefix, "stopPrice"));

        SelfTradePreventionMode stp = cmd.selfTradePreventionMode() != null ? cmd.selfTradePreventionMode()
                : sym.spec.defaultSelfTradePreventionMode();
        if (!sym.spec.allowedSelfTradePreventionModes().contains(stp)
                || !SymbolSpec.SUPPORTED_STP_MODES.contains(stp)) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, STP_NOT_ALLOWED);
        }
        if (!SymbolStatus.TRADING.equals(sym.spec.status())) {
            throw rejected(SpotErrors.MSG_MARKET_CLOSED);
        }
        checkFilters(sym, type, cmd, market || OrderType.STOP_LOSS.equals(type)
                || OrderType.TAKE_PROFIT.equals(type));
        if (stop) {
            checkPriceFilterOf(sym, cmd.stopPrice());
        }
        if (limitPriced) {
            checkPercentPriceBySide(sym, Side.BUY.equals(side), price);
        }
        if (!market && (limitPriced && price == 0 || qty == 0) || market && qty == 0 && quoteQty == 0
                || stop && stopPrice == 0) {
            throw rejected(SpotErrors.MSG_PRICE_QTY_ZERO_OR_LESS);
        }
        if (stop && live && wouldTrigger(sym, Side.BUY.equals(side), type, stopPrice)) {
            throw rejected(SpotErrors.MSG_ORDER_WOULD_TRIGGER_IMMEDIATELY);
        }

        String clientOrderId = cmd.newClientOrderId() != null ? cmd.newClientOrderId() : generateClientId();
        VenueOrder previous = sym.latestByClientId(account, clientOrderId);
        if (previous != null && previous.isOpen()) {
            throw rejected(SpotErrors.MSG_DUPLICATE_ORDER);
        }
        Prepared p = new Prepared();
        p.sym = sym;
        p.account = account;
        p.side = side;
        p.type = type;
        p.tif = tif;
        p.price = price;
        p.qty = qty;
        p.quoteQty = quoteQty;
        p.stopPrice = stopPrice;
        p.stp = stp;
        p.respType = cmd.effectiveResponseType();
        p.clientOrderId = clientOrderId;
        if (cmd.strategyId() != null) {
            p.strategyId = cmd.strategyId();
        }
        if (cmd.strategyType() != null) {
            p.strategyType = cmd.strategyType();
        }
        p.lockAsset = needAsset(sym, p.buy(), type, quoteQty);
        p.lockAmount = needAmount(p.buy(), type, price, qty, quoteQty);
        return p;
    }

    private static String name(String prefix, String param) {
        return prefix.isEmpty() ? param : prefix + Character.toUpperCase(param.charAt(0)) + param.substring(1);
    }

    /** LIMIT, LIMIT_MAKER, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT: the types with a limit price. */
    private static boolean hasLimitPrice(OrderType t) {
        return OrderType.LIMIT.equals(t) || OrderType.LIMIT_MAKER.equals(t) || OrderType.STOP_LOSS_LIMIT.equals(t)
                || OrderType.TAKE_PROFIT_LIMIT.equals(t);
    }

    /** The asset an order reserves, or null when its cost is unknown in advance (it is capped instead). */
    private static String needAsset(SymbolState sym, boolean buy, OrderType type, long quoteQty) {
        String base = sym.spec.baseAsset();
        String quote = sym.spec.quoteAsset();
        if (hasLimitPrice(type)) {
            return buy ? quote : base;
        }
        if (buy) {
            return quoteQty > 0 ? quote : null;
        }
        return quoteQty > 0 ? null : base;
    }

    private static long needAmount(boolean buy, OrderType type, long price, long qty, long quoteQty) {
        if (hasLimitPrice(type)) {
            return buy ? ScaledMath.quoteCeil(price, qty) : qty;
        }
        if (buy) {
            return quoteQty;
        }
        return quoteQty > 0 ? 0 : qty;
    }

    /** Checks that the account can pay for an order that starts now. */
    private void fund(Prepared p) throws VenueException {
        Account account = p.account;
        if (p.lockAsset != null) {
            if (account.free(p.lockAsset) < p.lockAmount) {
                throw rejected(SpotErrors.MSG_INSUFFICIENT_BALANCE);
            }
        } else if (OrderType.MARKET.equals(p.type)) {
            String spend = p.buy() ? p.sym.spec.quoteAsset() : p.sym.spec.baseAsset();
            long free = account.free(spend);
            long estimate = p.buy() ? estimateQuoteCost(p.sym, p.qty) : estimateBaseNeeded(p.sym, p.quoteQty);
            if (free == 0 || estimate > free) {
                throw rejected(SpotErrors.MSG_INSUFFICIENT_BALANCE);
            }
        }
    }

    private void checkOpenOrders(Account account, SymbolState sym, int more) throws VenueException {
        int max = sym.spec.maxNumOrders();
        if (max > 0 && account.openOrders(sym.spec.symbol()) + more > max) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, "Filter failure: MAX_NUM_ORDERS");
        }
    }

    private void checkPriceFilterOf(SymbolState sym, BigDecimal stopPrice) throws VenueException {
        if (stopPrice == null) {
            return;
        }
        Optional<FilterFailure> f = sym.spec.filters().checkPrice(stopPrice);
        if (f.isPresent()) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, f.get().message());
        }
    }

    private void checkPercentPriceBySide(SymbolState sym, boolean buy, long price) throws VenueException {
        SymbolSpec.PercentPriceBySide f = sym.spec.percentPriceBySide();
        if (f == null || price == 0) {
            return;
        }
        BigDecimal avg = Decimals.fromScaled(sym.averagePrice(clock.epochMillis(), f.avgPriceMins()), SCALE);
        BigDecimal p = Decimals.fromScaled(price, SCALE);
        BigDecimal up = avg.multiply(buy ? f.bidMultiplierUp() : f.askMultiplierUp());
        BigDecimal down = avg.multiply(buy ? f.bidMultiplierDown() : f.askMultiplierDown());
        if (p.compareTo(up) > 0 || p.compareTo(down) < 0) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, "Filter failure: PERCENT_PRICE_BY_SIDE");
        }
    }

    /** Whether a stop at this price would fire at the current last price (the reference price before any trade). */
    private static boolean wouldTrigger(SymbolState sym, boolean buy, OrderType type, long stopPrice) {
        long last = sym.lastOrReference();
        boolean stopLoss = OrderType.STOP_LOSS.equals(type) || OrderType.STOP_LOSS_LIMIT.equals(type);
        boolean onRise = stopLoss == buy;
        return onRise ? last >= stopPrice : last <= stopPrice;
    }

    private VenueOrder create(Prepared p, long now, VenueOrderList list) {
        SymbolState sym = p.sym;
        VenueOrder order = new VenueOrder(sym, p.account, sym.nextOrderId++, p.clientOrderId, p.side, p.type, p.tif,
                p.price, p.qty, p.quoteQty, p.stopPrice, p.stp, p.respType, now, p.strategyId, p.strategyType);
        order.list = list;
        sym.orders.put(order.orderId, order);
        p.account.orders(sym).add(order);
        if (list != null) {
            list.orders.add(order);
        }
        return order;
    }

    /** Moves {@code amount} of {@code asset} from free to the order's reservation. */
    private void lock(VenueOrder o, String asset, long amount) {
        if (asset == null) {
            return;
        }
        Account.Holding h = o.account.holding(asset);
        h.free -= amount;
        h.locked += amount;
        o.lockAsset = asset;
        o.locked += amount;
        execution.changed(o.account, asset);
    }

    /** Puts an accepted order to work: a stop waits for its trigger, anything else goes to the book. */
    private void start(VenueOrder o) {
        if (o.isTriggered() && !o.working) {
            o.symbol.stops.add(o);
            return;
        }
        o.working = true;
        o.workingTime = execution.now;
        submit(o);
    }

    private void submit(VenueOrder o) {
        SymbolState sym = o.symbol;
        OrderKind kind = kind(o.type, o.timeInForce);
        long cap = 0;
        if (kind == OrderKind.MARKET && o.lockAsset == null) {
            // Cost unknown in advance: the engine caps the order at what the account holds.
            cap = o.account.free(o.isBuy() ? sym.spec.quoteAsset() : sym.spec.baseAsset());
            if (cap == 0) {
                end(o, OrderStatus.EXPIRED, ExecutionType.EXPIRED, "REJECTED");
                return;
            }
        }
        execution.takerIs(o);
        sym.book.submitCapped(o.orderId, o.account.ownerId, o.isBuy(), kind, kind == OrderKind.MARKET ? 0L : o.price,
                o.origQuoteQty > 0 ? 0L : o.openQty(), o.origQuoteQty, cap, stpMode(o.stp), execution);
    }

    private static OrderKind kind(OrderType type, TimeInForce tif) {
        if (OrderType.MARKET.equals(type) || OrderType.STOP_LOSS.equals(type) || OrderType.TAKE_PROFIT.equals(type)) {
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
        if (SelfTradePreventionMode.TRANSFER.equals(m)) {
            return StpMode.DECREMENT; // one account: TRANSFER is DECREMENT (STP FAQ)
        }
        return StpMode.valueOf(m.wireName()); // only supported modes get this far
    }

    /**
     * Ends an open order that is not the current taker: off the book or the stop list, reservation released,
     * reported; its order list reacts when the call settles.
     */
    private void end(VenueOrder o, OrderStatus status, ExecutionType type, String expiryReason) {
        execution.nextExpiryReason = expiryReason;
        end(o, status, type);
    }

    private void end(VenueOrder o, OrderStatus status, ExecutionType type) {
        SymbolState sym = o.symbol;
        long resting = sym.book.restingQty(o.orderId);
        if (resting >= 0) {
            sym.book.cancel(o.orderId, execution);
            if (resting > 0) {
                execution.bookLevel(o.isBuy(), o.price, -resting);
            }
        }
        sym.stops.remove(o);
        o.status = status;
        o.updateTime = execution.now;
        execution.release(o);
        execution.emit(o, null, type);
    }

    /**
     * Runs what follows from a venue call until nothing is left: order lists react to their orders (OCO legs cancel
     * each other, OTO pending orders start), and stops whose trigger the last price reached fire, one at a time, in
     * placement order (each may trade and move the price again).
     */
    private void settle(SymbolState sym) {
        while (true) {
            VenueOrderList l = touchedLists.pollFirst();
            if (l != null) {
                l.queued = false;
                updateList(l);
                continue;
            }
            VenueOrder t = nextTriggered(sym);
            if (t == null) {
                return;
            }
            trigger(t);
        }
    }

    private static VenueOrder nextTriggered(SymbolState sym) {
        long last = sym.lastPrice;
        if (last == 0) {
            return null;
        }
        for (int i = 0, n = sym.stops.size(); i < n; i++) {
            VenueOrder o = sym.stops.get(i);
            if (o.triggersOnRise() ? last >= o.stopPrice : last <= o.stopPrice) {
                return o;
            }
        }
        return null;
    }

    private void trigger(VenueOrder o) {
        o.symbol.stops.remove(o);
        VenueOrder sibling = o.list == null ? null : o.list.sibling(o);
        if (sibling != null) {
            o.list.pairResolved = true;
            if (sibling.isOpen()) {
                // frees what it reserved for the pair
                end(sibling, OrderStatus.EXPIRED, ExecutionType.EXPIRED, "OCO_TRIGGER");
            }
        }
        o.working = true;
        o.workingTime = execution.now;
        o.updateTime = execution.now;
        if (o.lockOnTrigger) {
            o.lockOnTrigger = false;
            String asset = needAsset(o.symbol, o.isBuy(), o.type, o.origQuoteQty);
            long amount = needAmount(o.isBuy(), o.type, o.price, o.origQty, o.origQuoteQty);
            if (asset != null && o.account.free(asset) < amount) {
                end(o, OrderStatus.EXPIRED, ExecutionType.EXPIRED, "REJECTED");
                return;
            }
            lock(o, asset, amount);
        }
        execution.emit(o, null, ExecutionType.NEW);
        submit(o);
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
        } else if (market) {
            f = sym.spec.filters().checkOrder(OrderType.MARKET, null, cmd.quantity(), sym.referencePrice());
        } else {
            f = sym.spec.filters().checkOrder(OrderType.LIMIT, cmd.price(), cmd.quantity(), sym.referencePrice());
        }
        if (f.isPresent()) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, f.get().message());
        }
    }

    // ------------------------------------------------------------------------------------------------ order lists

    /**
     * orderList.place.oco: two orders on one side, one above and one below the last price, where the first to trade
     * or trigger expires the other.
     *
     * @param apiKey            the account
     * @param listClientOrderId the list's client id, or null to generate one
     * @param above             the above leg (side, quantity, STP and response type are the list's)
     * @param below             the below leg
     * @return the list with both orders
     * @throws VenueException when refused (nothing changed then)
     */
    public OrderListResult placeOco(String apiKey, String listClientOrderId, PlaceOrderCommand above,
                                    PlaceOrderCommand below) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(above.symbol());
        checkListClientId(account, listClientOrderId);
        Prepared a = prepare(account, sym, above, "above", false);
        Prepared b = prepare(account, sym, below, "below", false);
        checkOcoPair(sym, a, b);
        checkOpenOrders(account, sym, 2);
        fundPair(a, b);
        long now = clock.epochMillis();
        execution.begin(sym, null, now);
        VenueOrderList list = newList(account, sym, listClientOrderId, VenueOrderList.OCO, now);
        VenueOrder oa = create(a, now, list);
        VenueOrder ob = create(b, now, list);
        list.pair = new VenueOrder[] {oa, ob};
        execution.respondFor(oa);
        lockPair(list.pair, a, b);
        execution.emit(oa, null, ExecutionType.NEW);
        execution.emit(ob, null, ExecutionType.NEW);
        execution.listStatus(list);
        start(oa);
        start(ob);
        OrderListResult result = listResult(list, execution.requestFills(), now);
        settle(sym);
        execution.finish();
        return result;
    }

    /**
     * orderList.place.oto and orderList.place.otoco: a working LIMIT or LIMIT_MAKER order, and one pending order or
     * a pending OCO pair that start when the working order is completely filled.
     *
     * @param apiKey            the account
     * @param listClientOrderId the list's client id, or null to generate one
     * @param working           the working order
     * @param pendingAbove      the pending order (OTO) or the pending above leg (OTOCO)
     * @param pendingBelow      null for an OTO, the pending below leg for an OTOCO
     * @return the list with its orders
     * @throws VenueException when refused (nothing changed then)
     */
    public OrderListResult placeOto(String apiKey, String listClientOrderId, PlaceOrderCommand working,
                                    PlaceOrderCommand pendingAbove, PlaceOrderCommand pendingBelow)
            throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(working.symbol());
        checkListClientId(account, listClientOrderId);
        if (working.type() != null && working.type().isKnown() && !OrderType.LIMIT.equals(working.type())
                && !OrderType.LIMIT_MAKER.equals(working.type())) {
            throw VenueException.formatted(SpotErrors.INVALID_PARAMETER, "workingType");
        }
        Prepared w = prepare(account, sym, working, "working", true);
        boolean otoco = pendingBelow != null;
        Prepared pa = prepare(account, sym, pendingAbove, otoco ? "pendingAbove" : "pending", false);
        Prepared pb = otoco ? prepare(account, sym, pendingBelow, "pendingBelow", false) : null;
        if (otoco) {
            checkOcoPair(sym, pa, pb);
        }
        if (pa.clientOrderId.equals(w.clientOrderId) || pb != null && (pb.clientOrderId.equals(w.clientOrderId)
                || pb.clientOrderId.equals(pa.clientOrderId))) {
            throw rejected(SpotErrors.MSG_DUPLICATE_ORDER);
        }
        checkOpenOrders(account, sym, otoco ? 3 : 2);
        fund(w);
        if (OrderType.LIMIT_MAKER.equals(w.type) && sym.book.wouldCross(w.buy(), w.price)) {
            throw rejected(SpotErrors.MSG_ORDER_WOULD_IMMEDIATELY_MATCH);
        }
        long now = clock.epochMillis();
        execution.begin(sym, null, now);
        VenueOrderList list = newList(account, sym, listClientOrderId, VenueOrderList.OTO, now);
        VenueOrder ow = create(w, now, list);
        list.working = ow;
        VenueOrder opa = create(pa, now, list);
        opa.status = OrderStatus.PENDING_NEW;
        list.pending.add(opa);
        if (otoco) {
            VenueOrder opb = create(pb, now, list);
            opb.status = OrderStatus.PENDING_NEW;
            list.pending.add(opb);
            list.pair = new VenueOrder[] {opa, opb};
        }
        lock(ow, w.lockAsset, w.lockAmount);
        execution.respondFor(ow);
        execution.emit(ow, null, ExecutionType.NEW);
        for (VenueOrder p : list.pending) {
            execution.emit(p, null, ExecutionType.NEW);
        }
        execution.listStatus(list);
        // The placement answer shows the list as placed: pending orders PENDING_NEW even if the working order
        // filled at once (Binance's documented behaviour), so snapshot before matching.
        List<OrderResult> placed = new ArrayList<>();
        start(ow);
        placed.add(null); // the working order, with its fills, below
        for (VenueOrder p : list.pending) {
            placed.add(new OrderResult(p, p.clientOrderId, null, now, List.of()));
        }
        String statusType = list.listStatusType;
        String orderStatus = list.listOrderStatus;
        placed.set(0, new OrderResult(ow, ow.clientOrderId, null, now, execution.requestFills()));
        settle(sym);
        execution.finish();
        return new OrderListResult(list, placed, statusType, orderStatus);
    }

    private VenueOrderList newList(Account account, SymbolState sym, String listClientOrderId, String type,
                                   long now) {
        String cid = listClientOrderId != null ? listClientOrderId : generateClientId();
        VenueOrderList list = new VenueOrderList(nextOrderListId++, account, sym, cid, type, now);
        lists.put(list.orderListId, list);
        account.lists.add(list);
        return list;
    }

    /** A list reported ALL_DONE: it joins its account's closed lists, trimmed when the call ends. */
    private void listClosed(VenueOrderList l, long now) {
        l.closedAt = now;
        l.account.closedLists.addLast(l);
        if (!l.account.listTrimQueued) {
            l.account.listTrimQueued = true;
            listTrims.add(l.account);
        }
    }

    /** Forgets an account's oldest closed order lists beyond the bounds. */
    private void trimLists(Account a, long now) {
        ArrayDeque<VenueOrderList> closed = a.closedLists;
        while (!closed.isEmpty() && (closed.size() > maxClosed || now - closed.peekFirst().closedAt > maxClosedAgeMs)) {
            VenueOrderList l = closed.pollFirst();
            lists.remove(l.orderListId);
            a.lists.remove(l);
        }
    }

    /** Forgets the closed orders of an account on a symbol beyond the bounds, oldest first. */
    private void trimOrders(SymbolState sym, AccountOrders ao, long now) {
        while (ao.closedCount() > maxClosed
                || ao.closedCount() > 0 && now - ao.oldestClosed().closedAt > maxClosedAgeMs) {
            sym.orders.remove(ao.evictOldestClosed().orderId);
        }
    }

    /** Applies the age bound before a query, for accounts that have not traded for a while. */
    private void trimByAge(Account account, SymbolState sym) {
        AccountOrders ao = account.ordersOrNull(sym);
        long now = clock.epochMillis();
        if (ao != null) {
            trimOrders(sym, ao, now);
        }
        trimLists(account, now);
    }

    private void checkListClientId(Account account, String listClientOrderId) throws VenueException {
        if (listClientOrderId == null) {
            return;
        }
        checkClientId(listClientOrderId, "listClientOrderId");
        for (VenueOrderList l : account.lists) {
            if (l.isOpen() && l.listClientOrderId.equals(listClientOrderId)) {
                throw rejected(SpotErrors.MSG_DUPLICATE_ORDER);
            }
        }
    }

    /** Binance's OCO rules: leg types, which leg goes above, and both legs on the right side of the last price. */
    private void checkOcoPair(SymbolState sym, Prepared above, Prepared below) throws VenueException {
        if (above.clientOrderId.equals(below.clientOrderId)) {
            throw rejected(SpotErrors.MSG_DUPLICATE_ORDER);
        }
        for (Prepared p : new Prepared[] {above, below}) {
            if (OrderType.LIMIT.equals(p.type) || OrderType.MARKET.equals(p.type)) {
                throw VenueException.generic(SpotErrors.OCO_ORDER_TYPE_REJECTED);
            }
        }
        boolean aboveStopLoss = isStopLoss(above.type);
        boolean belowStopLoss = isStopLoss(below.type);
        if (!aboveStopLoss && !belowStopLoss) {
            if (OrderType.LIMIT_MAKER.equals(above.type) && OrderType.LIMIT_MAKER.equals(below.type)) {
                throw VenueException.generic(SpotErrors.BOTH_OCO_ORDERS_CANNOT_BE_LIMIT);
            }
            throw VenueException.generic(SpotErrors.OCO_ORDER_TYPE_REJECTED);
        }
        if (aboveStopLoss && belowStopLoss) {
            throw VenueException.generic(SpotErrors.OCO_ORDER_TYPE_REJECTED);
        }
        boolean buy = above.buy();
        Prepared stopLeg = aboveStopLoss ? above : below;
        Prepared limitLeg = aboveStopLoss ? below : above;
        boolean limitMaker = OrderType.LIMIT_MAKER.equals(limitLeg.type);
        if (buy) {
            // BUY: limit maker / take profit below the last price, stop loss above
            if (!aboveStopLoss) {
                throw VenueException.generic(limitMaker ? SpotErrors.BUY_OCO_LIMIT_MUST_BE_BELOW
                        : SpotErrors.BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW);
            }
        } else if (aboveStopLoss) {
            throw VenueException.generic(limitMaker ? SpotErrors.SELL_OCO_LIMIT_MUST_BE_ABOVE
                    : SpotErrors.SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE);
        }
        long last = sym.lastOrReference();
        long limitSide = limitMaker ? limitLeg.price : limitLeg.stopPrice;
        boolean ok = buy ? limitSide < last && last < stopLeg.stopPrice
                : limitSide > last && last > stopLeg.stopPrice;
        if (!ok) {
            throw rejected("The relationship of the prices for the orders is not correct.");
        }
    }

    private static boolean isStopLoss(OrderType t) {
        return OrderType.STOP_LOSS.equals(t) || OrderType.STOP_LOSS_LIMIT.equals(t);
    }

    /** Checks that the account can pay for the dearer leg of a pair (only one of them can execute). */
    private void fundPair(Prepared a, Prepared b) throws VenueException {
        String asset = a.lockAsset != null ? a.lockAsset : b.lockAsset;
        long amount = Math.max(a.lockAsset != null ? a.lockAmount : 0, b.lockAsset != null ? b.lockAmount : 0);
        if (asset != null && a.account.free(asset) < amount) {
            throw rejected(SpotErrors.MSG_INSUFFICIENT_BALANCE);
        }
    }

    /**
     * Reserves a pair's funds once: the dearer leg's need, held by the leg that can trade first (the one on the book,
     * else one that reserves anything); the other leg reserves its own when it triggers, after the holder expired.
     */
    private boolean lockPair(VenueOrder[] pair, Prepared a, Prepared b) {
        String asset = a.lockAsset != null ? a.lockAsset : b.lockAsset;
        if (asset == null) {
            return true;
        }
        long amount = Math.max(a.lockAsset != null ? a.lockAmount : 0, b.lockAsset != null ? b.lockAmount : 0);
        if (pair[0].account.free(asset) < amount) {
            return false;
        }
        VenueOrder holder;
        if (OrderType.LIMIT_MAKER.equals(pair[0].type)) {
            holder = pair[0];
        } else if (OrderType.LIMIT_MAKER.equals(pair[1].type)) {
            holder = pair[1];
        } else {
            holder = a.lockAsset != null ? pair[0] : pair[1];
        }
        lock(holder, asset, amount);
        (holder == pair[0] ? pair[1] : pair[0]).lockOnTrigger = true;
        return true;
    }

    /** Reacts to changes of a list's orders; called while the venue call settles. */
    private void updateList(VenueOrderList l) {
        if (l.done) {
            return;
        }
        if (l.pair != null && !l.pairResolved && !OrderStatus.PENDING_NEW.equals(l.pair[0].status)) {
            for (VenueOrder leg : l.pair) {
                VenueOrder sibling = l.sibling(leg);
                boolean active = leg.executedQty > 0 || leg.isTriggered() && leg.working || !leg.isOpen();
                if (active) {
                    l.pairResolved = true; // one leg won: the other goes, once
                    if (sibling.isOpen()) {
                        end(sibling, OrderStatus.EXPIRED, ExecutionType.EXPIRED, "OCO_TRIGGER");
                    }
                    break;
                }
            }
        }
        if (l.working != null && !l.pending.isEmpty() && OrderStatus.PENDING_NEW.equals(l.pending.get(0).status)) {
            if (OrderStatus.FILLED.equals(l.working.status)) {
                activatePending(l);
            } else if (!l.working.isOpen()) {
                for (VenueOrder p : l.pending) {
                    end(p, OrderStatus.EXPIRED, ExecutionType.EXPIRED, "OTO_PHASE_ONE_EXPIRED");
                }
            }
        }
        if (l.allOrdersDone()) {
            l.done = true;
            l.listStatusType = "ALL_DONE";
            l.listOrderStatus = "ALL_DONE";
            l.transactionTime = execution.now;
            execution.listStatus(l);
            listClosed(l, execution.now);
        }
    }

    private void activatePending(VenueOrderList l) {
        long now = execution.now;
        boolean funded;
        if (l.pair != null) {
            VenueOrder a = l.pair[0];
            VenueOrder b = l.pair[1];
            funded = lockPair(l.pair, needOf(a), needOf(b));
        } else {
            VenueOrder p = l.pending.get(0);
            Prepared need = needOf(p);
            funded = need.lockAsset == null || p.account.free(need.lockAsset) >= need.lockAmount;
            if (funded) {
                lock(p, need.lockAsset, need.lockAmount);
            }
        }
        for (VenueOrder p : l.pending) {
            p.updateTime = now;
            if (!funded) {
                p.lockOnTrigger = false;
                end(p, OrderStatus.EXPIRED, ExecutionType.EXPIRED, "REJECTED");
            } else {
                p.status = OrderStatus.NEW;
                execution.emit(p, null, ExecutionType.NEW);
            }
        }
        if (funded) {
            for (VenueOrder p : l.pending) {
                if (p.isOpen() && !p.working) {
                    start(p);
                }
            }
        }
    }

    private static Prepared needOf(VenueOrder o) {
        Prepared p = new Prepared();
        p.account = o.account;
        p.lockAsset = needAsset(o.symbol, o.isBuy(), o.type, o.origQuoteQty);
        p.lockAmount = needAmount(o.isBuy(), o.type, o.price, o.origQty, o.origQuoteQty);
        return p;
    }

    private OrderListResult listResult(VenueOrderList l, List<Fill> firstFills, long now) {
        List<OrderResult> out = new ArrayList<>();
        for (VenueOrder o : l.orders) {
            out.add(new OrderResult(o, o.clientOrderId, null, now, out.isEmpty() ? firstFills : List.of()));
        }
        return new OrderListResult(l, out);
    }

    /**
     * orderList.status: by list id, or by list client id (which wins when both are given, as on Binance).
     *
     * @param apiKey            the account
     * @param orderListId       list id, or -1
     * @param listClientOrderId list client id, or null
     * @return the list
     * @throws VenueException -2013 when there is no such list of this account
     */
    public OrderListResult orderListStatus(String apiKey, long orderListId, String listClientOrderId)
            throws VenueException {
        Account account = account(apiKey);
        trimLists(account, clock.epochMillis());
        VenueOrderList l = findList(account, orderListId, listClientOrderId, false);
        if (l == null) {
            throw VenueException.generic(SpotErrors.NO_SUCH_ORDER);
        }
        return listResult(l, List.of(), l.transactionTime);
    }

    private VenueOrderList findList(Account account, long orderListId, String listClientOrderId, boolean idFirst)
            throws VenueException {
        if (orderListId < 0 && listClientOrderId == null) {
            throw VenueException.formatted(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED,
                    "orderListId", idFirst ? "listClientOrderId" : "origClientOrderId");
        }
        VenueOrderList found = null;
        if (listClientOrderId != null && !(idFirst && orderListId >= 0)) {
            for (int i = account.lists.size() - 1; i >= 0 && found == null; i--) {
                if (account.lists.get(i).listClientOrderId.equals(listClientOrderId)) {
                    found = account.lists.get(i);
                }
            }
            return found;
        }
        found = lists.get(orderListId);
        if (found != null && (found.account != account
                || listClientOrderId != null && !listClientOrderId.equals(found.listClientOrderId))) {
            found = null;
        }
        return found;
    }

    /**
     * openOrderLists.status.
     *
     * @param apiKey the account
     * @return its open order lists, oldest first
     */
    public List<OrderListResult> openOrderLists(String apiKey) {
        Account a = accounts.get(apiKey);
        List<OrderListResult> out = new ArrayList<>();
        if (a != null) {
            for (VenueOrderList l : a.lists) {
                if (l.isOpen()) {
                    out.add(listResult(l, List.of(), l.transactionTime));
                }
            }
        }
        return out;
    }

    /**
     * allOrderLists: by time range of the last status change, else from a list id, else the most recent.
     *
     * @param apiKey    the account
     * @param fromId    first list id, or -1
     * @param startTime from (epoch ms), or -1
     * @param endTime   to (epoch ms), or -1
     * @param limit     most lists to return
     * @return the lists, oldest first
     */
    public List<OrderListResult> orderLists(String apiKey, long fromId, long startTime, long endTime, int limit) {
        Account a = accounts.get(apiKey);
        List<OrderListResult> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        trimLists(a, clock.epochMillis());
        List<VenueOrderList> sel = new ArrayList<>();
        for (VenueOrderList l : a.lists) {
            if (startTime >= 0 || endTime >= 0) {
                if ((startTime < 0 || l.transactionTime >= startTime) && (endTime < 0 || l.transactionTime <= endTime)) {
                    sel.add(l);
                }
            } else if (fromId < 0 || l.orderListId >= fromId) {
                sel.add(l);
            }
        }
        List<VenueOrderList> page = fromId >= 0 && startTime < 0 && endTime < 0
                ? sel.subList(0, Math.min(limit, sel.size()))
                : sel.subList(Math.max(0, sel.size() - limit), sel.size());
        for (VenueOrderList l : page) {
            out.add(listResult(l, List.of(), l.transactionTime));
        }
        return out;
    }

    /**
     * orderList.cancel.
     *
     * @param apiKey            the account
     * @param symbol            symbol
     * @param orderListId       list id, or -1
     * @param listClientOrderId list client id, or null
     * @param newClientOrderId  client id of the cancel, or null to generate one
     * @return the canceled list with the canceled orders
     * @throws VenueException -2011 "Unknown order sent." when there is no such open list
     */
    public OrderListResult cancelOrderList(String apiKey, String symbol, long orderListId, String listClientOrderId,
                                           String newClientOrderId) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        checkClientId(newClientOrderId, "newClientOrderId");
        VenueOrderList l = findList(account, orderListId, listClientOrderId, true);
        if (l == null || l.symbol != sym || !l.isOpen()) {
            throw VenueException.of(SpotErrors.CANCEL_REJECTED, SpotErrors.MSG_UNKNOWN_ORDER);
        }
        long now = clock.epochMillis();
        execution.begin(sym, null, now);
        OrderListResult r = cancelList(l, newClientOrderId != null ? newClientOrderId : generateClientId(), now);
        settle(sym);
        execution.finish();
        return r;
    }

    private OrderListResult cancelList(VenueOrderList l, String cancelId, long now) {
        execution.cancelClientId = cancelId;
        List<VenueOrder> canceled = new ArrayList<>();
        for (VenueOrder o : l.orders) {
            if (o.isOpen()) {
                end(o, OrderStatus.CANCELED, ExecutionType.CANCELED);
                canceled.add(o);
            }
        }
        l.done = true;
        l.listStatusType = "ALL_DONE";
        l.listOrderStatus = "ALL_DONE";
        l.transactionTime = now;
        execution.listStatus(l);
        listClosed(l, now);
        List<OrderResult> reports = new ArrayList<>();
        for (VenueOrder o : canceled) {
            reports.add(new OrderResult(o, cancelId, o.clientOrderId, now, List.of()));
        }
        return new OrderListResult(l, reports);
    }

    // ------------------------------------------------------------------------------------------------ cancel, query

    /**
     * Cancels an open order, as Binance's order.cancel does. Canceling an order of an order list cancels the list;
     * the result then carries the list ({@link OrderResult#orderList()}).
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
        execution.begin(sym, null, now);
        String cancelId = newClientOrderId != null ? newClientOrderId : generateClientId();
        OrderResult result;
        if (o.list != null && o.list.isOpen()) {
            String origCid = o.clientOrderId;
            OrderListResult lr = cancelList(o.list, cancelId, now);
            result = new OrderResult(o, cancelId, origCid, now, List.of(), lr);
        } else {
            execution.cancelClientId = cancelId;
            end(o, OrderStatus.CANCELED, ExecutionType.CANCELED);
            result = new OrderResult(o, cancelId, o.clientOrderId, now, List.of());
        }
        settle(sym);
        execution.finish();
        return result;
    }

    /**
     * openOrders.cancelAll: cancels every open order of the account on the symbol, order lists included.
     *
     * @param apiKey the account
     * @param symbol symbol
     * @return per canceled order its cancel report; an order list appears once, as the report of its first canceled
     *         order carrying the list ({@link OrderResult#orderList()})
     * @throws VenueException -2011 "Unknown order sent." when there is nothing to cancel
     */
    public List<OrderResult> cancelAllOpenOrders(String apiKey, String symbol) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        List<VenueOrder> open = new ArrayList<>();
        AccountOrders ao = account.ordersOrNull(sym);
        if (ao != null) {
            ao.collectOpen(open);
        }
        if (open.isEmpty()) {
            throw VenueException.of(SpotErrors.CANCEL_REJECTED, SpotErrors.MSG_UNKNOWN_ORDER);
        }
        long now = clock.epochMillis();
        execution.begin(sym, null, now);
        List<OrderResult> out = new ArrayList<>();
        for (VenueOrder o : open) {
            if (!o.isOpen()) {
                continue; // canceled with its list already
            }
            String cancelId = generateClientId();
            if (o.list != null && o.list.isOpen()) {
                String origCid = o.clientOrderId;
                OrderListResult lr = cancelList(o.list, cancelId, now);
                out.add(new OrderResult(o, cancelId, origCid, now, List.of(), lr));
            } else {
                execution.cancelClientId = cancelId;
                end(o, OrderStatus.CANCELED, ExecutionType.CANCELED);
                out.add(new OrderResult(o, cancelId, o.clientOrderId, now, List.of()));
            }
        }
        settle(sym);
        execution.finish();
        return out;
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
        trimByAge(account, sym);
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

    // ------------------------------------------------------------------------------------------------ amend

    /**
     * order.amend.keepPriority: reduces an open order's quantity in place; it keeps its place in the queue. A new
     * quantity at or below what already executed ends the order (EXPIRED). Reducing one leg of an OCO pair reduces
     * both (they share one quantity).
     *
     * @param apiKey            the account
     * @param symbol            symbol
     * @param orderId           order id, or -1
     * @param origClientOrderId client id, or null
     * @param newClientOrderId  the order's client id after the amendment, or null to generate one
     * @param newQty            the new quantity, {@code > 0} and below the current one
     * @return the amended order and, for an order of a list, the list
     * @throws VenueException -2038 with Binance's messages, -1013 on LOT_SIZE, parameter errors
     */
    public AmendResult amendOrder(String apiKey, String symbol, long orderId, String origClientOrderId,
                                  String newClientOrderId, BigDecimal newQty) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        checkClientId(newClientOrderId, "newClientOrderId");
        require(newQty, "newQty");
        long qty = scaled(newQty, "newQty");
        VenueOrder o = find(account, sym, orderId, origClientOrderId);
        if (o == null || !o.isOpen()) {
            throw VenueException.of(ORDER_AMEND_REJECTED, SpotErrors.MSG_UNKNOWN_ORDER);
        }
        if (qty == 0) {
            throw VenueException.formatted(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED, "newQty");
        }
        if (qty > o.origQty) {
            throw VenueException.of(ORDER_AMEND_REJECTED, "Order amend (quantity increase) is not supported.");
        }
        if (qty == o.origQty) {
            throw VenueException.of(ORDER_AMEND_REJECTED, SpotErrors.MSG_NO_STATE_CHANGE);
        }
        Optional<FilterFailure> f = sym.spec.filters().checkQuantity(newQty, false);
        if (f.isPresent()) {
            throw VenueException.of(SpotErrors.INVALID_MESSAGE, f.get().message());
        }
        String newCid = newClientOrderId != null ? newClientOrderId : generateClientId();
        if (!newCid.equals(o.clientOrderId)) {
            VenueOrder other = sym.latestByClientId(account, newCid);
            if (other != null && other.isOpen()) {
                throw VenueException.of(ORDER_AMEND_REJECTED, SpotErrors.MSG_DUPLICATE_ORDER);
            }
        }
        long now = clock.epochMillis();
        execution.begin(sym, null, now);
        long executionId = sym.nextExecutionId++;
        String origCid = o.clientOrderId;
        VenueOrder sibling = o.list == null ? null : o.list.sibling(o);
        amendOne(o, qty, newCid, executionId, now);
        if (sibling != null && sibling.isOpen() && sibling.origQty > qty) {
            amendOne(sibling, qty, sibling.clientOrderId, executionId, now);
        }
        OrderResult amended = new OrderResult(o, o.clientOrderId, origCid, now, List.of());
        OrderListResult lr = o.list == null ? null : listResult(o.list, List.of(), now);
        if (o.list != null && !o.list.done && !origCid.equals(o.clientOrderId)) {
            execution.listStatus(o.list, "UPDATED"); // the list's orders changed ids (amend FAQ)
        }
        settle(sym);
        execution.finish();
        return new AmendResult(now, executionId, amended, lr);
    }

    private void amendOne(VenueOrder o, long qty, String newCid, long executionId, long now) {
        SymbolState sym = o.symbol;
        o.addAmendment(new Amendment(sym.spec.symbol(), o.orderId, executionId, o.clientOrderId, newCid,
                OrderResult.dec(o.origQty), OrderResult.dec(qty), now));
        // Its execution report carries the amendment's execution id and the previous client id.
        execution.presetExecutionId = executionId;
        execution.nextOrigClientId = o.clientOrderId;
        o.clientOrderId = newCid;
        o.account.orders(sym).indexClientId(o);
        o.updateTime = now;
        if (qty <= o.executedQty + o.preventedQty) {
            o.origQty = Math.max(qty, o.executedQty);
            end(o, OrderStatus.EXPIRED, ExecutionType.EXPIRED);
            return;
        }
        long before = o.openQty();
        o.origQty = qty;
        long open = o.openQty();
        if (sym.book.restingQty(o.orderId) > 0) {
            sym.book.reduce(o.orderId, open);
            execution.bookLevel(o.isBuy(), o.price, open - before);
        }
        // Release what the smaller order no longer needs (pair legs share one reservation: left as it is).
        if (o.list == null || o.list.pair == null) {
            String asset = needAsset(sym, o.isBuy(), o.type, o.origQuoteQty);
            if (asset != null && asset.equals(o.lockAsset)) {
                long need = hasLimitPrice(o.type) && o.isBuy() ? ScaledMath.quoteCeil(o.price, open) : open;
                long excess = o.locked - need;
                if (excess > 0) {
                    Account.Holding h = o.account.holding(asset);
                    h.locked -= excess;
                    h.free += excess;
                    o.locked -= excess;
                    execution.changed(o.account, asset);
                }
            }
        }
        execution.emit(o, null, ExecutionType.REPLACED);
    }

    /**
     * order.amendments: the amendments of one order, oldest first.
     *
     * @param apiKey          the account
     * @param symbol          symbol
     * @param orderId         the order
     * @param fromExecutionId first execution id, or -1
     * @param limit           most to return
     * @return the amendments
     * @throws VenueException -2013 when the order does not exist
     */
    public List<Amendment> amendments(String apiKey, String symbol, long orderId, long fromExecutionId, int limit)
            throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        trimByAge(account, sym);
        VenueOrder o = find(account, sym, orderId, null);
        if (o == null) {
            throw VenueException.generic(SpotErrors.NO_SUCH_ORDER);
        }
        List<Amendment> out = new ArrayList<>();
        if (o.amendments != null) {
            for (Amendment a : o.amendments) {
                if (a.executionId() >= fromExecutionId && out.size() < limit) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ account

    /**
     * Sets an account's commission rates (default {@link CommissionRates#ZERO}).
     *
     * @param apiKey the account
     * @param rates  the rates
     * @throws IllegalArgumentException for an unknown account
     */
    public void setCommissionRates(String apiKey, CommissionRates rates) {
        Account a = accounts.get(apiKey);
        if (a == null) {
            throw new IllegalArgumentException("unknown account");
        }
        a.rates = Objects.requireNonNull(rates, "rates");
        a.makerRate = Decimals.toScaled(rates.maker(), SCALE);
        a.takerRate = Decimals.toScaled(rates.taker(), SCALE);
        a.buyerRate = Decimals.toScaled(rates.buyer(), SCALE);
        a.sellerRate = Decimals.toScaled(rates.seller(), SCALE);
    }

    /**
     * @param apiKey the account
     * @return its commission rates ({@link CommissionRates#ZERO} for an unknown key)
     */
    public CommissionRates commissionRates(String apiKey) {
        Account a = accounts.get(apiKey);
        return a == null ? CommissionRates.ZERO : a.rates;
    }

    /** @return the commissions the venue has collected, per asset (8 decimals) */
    public Map<String, BigDecimal> collectedCommissions() {
        Map<String, BigDecimal> out = new TreeMap<>();
        fees.forEach((asset, v) -> out.put(asset, OrderResult.dec(v[0])));
        return out;
    }

    /**
     * Deposits into an account (positive {@code delta}) or withdraws from its free balance (negative), as Binance's
     * wallet would: listeners get {@link VenueListener#onBalanceUpdate} and then {@link VenueListener#onBalances}.
     *
     * @param apiKey the account
     * @param asset  the asset, e.g. {@code BTC}
     * @param delta  the amount, at most 8 decimals, not zero
     * @throws IllegalArgumentException for an unknown account, a zero or too precise amount, or a withdrawal above the
     *                                  free balance
     */
    public void adjustBalance(String apiKey, String asset, BigDecimal delta) {
        Account a = accounts.get(apiKey);
        if (a == null) {
            throw new IllegalArgumentException("unknown account");
        }
        Objects.requireNonNull(asset, "asset");
        long d;
        try {
            d = Decimals.toScaled(delta, SCALE);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount needs at most 8 decimals", e);
        }
        if (d == 0) {
            throw new IllegalArgumentException("amount must not be zero");
        }
        Account.Holding h = a.holding(asset);
        if (d < 0 && h.free < -d) {
            throw new IllegalArgumentException("withdrawal above the free balance of " + asset);
        }
        long now = clock.epochMillis();
        execution.begin(null, null, now);
        h.free += d;
        execution.changed(a, asset);
        if (orderEvents) {
            BigDecimal amount = OrderResult.dec(d);
            for (VenueListener l : listeners) {
                if (l.receivesOrderEvents()) {
                    l.onBalanceUpdate(apiKey, asset, amount, now);
                }
            }
        }
        execution.finish();
    }

    /**
     * @param apiKey an API key
     * @return whether the venue has an account with it
     */
    public boolean hasAccount(String apiKey) {
        return apiKey != null && accounts.containsKey(apiKey);
    }

    /**
     * allOrders: by time range of the last update, else from an order id, else the most recent.
     *
     * @param apiKey    the account
     * @param symbol    symbol
     * @param fromId    first order id, or -1
     * @param startTime from (epoch ms), or -1
     * @param endTime   to (epoch ms), or -1
     * @param limit     most orders to return
     * @return the orders, by order id
     * @throws VenueException on an unknown symbol or account
     */
    public List<OrderResult> allOrders(String apiKey, String symbol, long fromId, long startTime, long endTime,
                                       int limit) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        trimByAge(account, sym);
        List<VenueOrder> sel = new ArrayList<>();
        AccountOrders ao = account.ordersOrNull(sym);
        for (VenueOrder o = ao == null ? null : ao.firstRetained(); o != null; o = o.nextRetained) {
            if (startTime >= 0 || endTime >= 0) {
                if ((startTime < 0 || o.updateTime >= startTime) && (endTime < 0 || o.updateTime <= endTime)) {
                    sel.add(o);
                }
            } else if (fromId < 0 || o.orderId >= fromId) {
                sel.add(o);
            }
        }
        List<VenueOrder> page = fromId >= 0 && startTime < 0 && endTime < 0
                ? sel.subList(0, Math.min(limit, sel.size()))
                : sel.subList(Math.max(0, sel.size() - limit), sel.size());
        List<OrderResult> out = new ArrayList<>();
        for (VenueOrder o : page) {
            out.add(new OrderResult(o, o.clientOrderId, null, o.time, List.of()));
        }
        return out;
    }

    /**
     * myTrades (the venue keeps the latest {@value Account#HISTORY_CAP} per account and symbol).
     *
     * @param apiKey    the account
     * @param symbol    symbol
     * @param orderId   only this order's trades, or -1
     * @param startTime from (epoch ms), or -1
     * @param endTime   to (epoch ms), or -1
     * @param fromId    first trade id, or -1
     * @param limit     most trades to return
     * @return the trades, oldest first
     * @throws VenueException on an unknown symbol or account
     */
    public List<AccountTrade> myTrades(String apiKey, String symbol, long orderId, long startTime, long endTime,
                                       long fromId, int limit) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        ArrayDeque<AccountTrade> all = account.trades.get(sym.spec.symbol());
        List<AccountTrade> sel = new ArrayList<>();
        if (all != null) {
            for (AccountTrade t : all) {
                if (orderId >= 0 && t.orderId() != orderId || fromId >= 0 && t.id() < fromId
                        || startTime >= 0 && t.time() < startTime || endTime >= 0 && t.time() > endTime) {
                    continue;
                }
                sel.add(t);
            }
        }
        boolean fromStart = fromId >= 0 || orderId >= 0 || startTime >= 0;
        return List.copyOf(fromStart ? sel.subList(0, Math.min(limit, sel.size()))
                : sel.subList(Math.max(0, sel.size() - limit), sel.size()));
    }

    /**
     * myAllocations: the account's SOR allocations (the trades of its orders placed through SOR).
     *
     * @param apiKey           the account
     * @param symbol           symbol
     * @param orderId          one order's allocations, or -1
     * @param startTime        from this time, or -1
     * @param endTime          until this time, or -1
     * @param fromAllocationId from this allocation id, or -1
     * @param limit            most to return
     * @return the allocations, oldest first (newest when only endTime is given)
     * @throws VenueException on an unknown symbol or account
     */
    public List<AccountTrade> myAllocations(String apiKey, String symbol, long orderId, long startTime, long endTime,
                                            long fromAllocationId, int limit) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        ArrayDeque<AccountTrade> all = account.trades.get(sym.spec.symbol());
        List<AccountTrade> sel = new ArrayList<>();
        if (all != null) {
            for (AccountTrade t : all) {
                if (!t.isAllocation() || orderId >= 0 && t.orderId() != orderId
                        || fromAllocationId >= 0 && t.allocationId() < fromAllocationId
                        || startTime >= 0 && t.time() < startTime || endTime >= 0 && t.time() > endTime) {
                    continue;
                }
                sel.add(t);
            }
        }
        boolean newest = endTime >= 0 && startTime < 0 && fromAllocationId < 0 && orderId < 0;
        return List.copyOf(newest ? sel.subList(Math.max(0, sel.size() - limit), sel.size())
                : sel.subList(0, Math.min(limit, sel.size())));
    }

    /**
     * myPreventedMatches.
     *
     * @param apiKey               the account
     * @param symbol               symbol
     * @param preventedMatchId     one prevented match, or -1
     * @param orderId              one order's prevented matches (as taker or maker), or -1
     * @param fromPreventedMatchId with orderId: the first id, or -1
     * @param limit                most to return
     * @return the prevented matches, oldest first
     * @throws VenueException on an unknown symbol or account
     */
    public List<PreventedMatch> preventedMatches(String apiKey, String symbol, long preventedMatchId, long orderId,
                                                 long fromPreventedMatchId, int limit) throws VenueException {
        Account account = account(apiKey);
        SymbolState sym = symbolState(symbol);
        ArrayDeque<PreventedMatch> all = account.prevented.get(sym.spec.symbol());
        List<PreventedMatch> out = new ArrayList<>();
        if (all != null) {
            for (PreventedMatch m : all) {
                if (preventedMatchId >= 0 && m.preventedMatchId() != preventedMatchId
                        || orderId >= 0 && m.takerOrderId() != orderId && m.makerOrderId() != orderId
                        || fromPreventedMatchId >= 0 && m.preventedMatchId() < fromPreventedMatchId) {
                    continue;
                }
                if (out.size() < limit) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String accountOf(OrderListResult r) {
        VenueOrderList l = lists.get(r.orderListId());
        return l == null ? null : l.account.apiKey;
    }

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
        private record Event(VenueOrder order, Fill fill, ExecutionType type, OrderResult snapshot,
                             ExecutionDetail detail) {
        }

        // Execution report context (user data): set by the venue call, read by emit.
        /** The cancel request's client id while a cancel runs: its CANCELED reports carry it as {@code c}. */
        private String cancelClientId;
        /** For the next report only: the order's previous client id (an amendment's {@code C}). */
        private String nextOrigClientId;
        /** For the next report only: why the order expired. */
        private String nextExpiryReason;
        /** For the next report only: an execution id allocated already (an amendment's), else -1. */
        private long presetExecutionId = -1;
        /** The latest prevented match of this call (self-trade prevention), for TRADE_PREVENTION reports. */
        private long pmTakerId;
        private long pmMakerId;
        private long pmPrice;
        private long pmTakerQty;
        private long pmMakerQty;
        private long pmWouldQty;

        private SymbolState sym;
        private VenueOrder taker;
        /** The order whose fills the request's answer lists (other orders may trade in the same call). */
        private VenueOrder requestOrder;
        private long now;
        private final List<Fill> takerFills = new ArrayList<>();
        /** Orders whose state changed in this call (for open-order counts), each once. */
        private final List<VenueOrder> touched = new ArrayList<>();
        /** Order list reports of this call, delivered after the order events. */
        private final List<OrderListResult> listEvents = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final Map<Account, Set<String>> changed = new LinkedHashMap<>();
        // Public trades and book level changes of this call, for market data; primitive to stay garbage-free.
        private int tradeCount;
        private long[] trades = new long[6 * 16];
        private int levelCount;
        private long[] levels = new long[3 * 16];

        void begin(SymbolState sym, VenueOrder taker, long now) {
            this.sym = sym;
            this.taker = taker;
            this.requestOrder = taker;
            this.now = now;
            this.cancelClientId = null;
        }

        /** The order about to be submitted to the book. */
        void takerIs(VenueOrder o) {
            this.taker = o;
        }

        /** The order whose fills the request's answer lists. */
        void respondFor(VenueOrder o) {
            this.requestOrder = o;
        }

        /** The request order's fills so far; later trades of this call are not the answer's. */
        List<Fill> requestFills() {
            requestOrder = null;
            List<Fill> fills = List.copyOf(takerFills);
            takerFills.clear();
            return fills;
        }

        /** Queues a listStatus report of the list as it is now. */
        void listStatus(VenueOrderList l) {
            listStatus(l, null);
        }

        /** Queues a listStatus report with the given listStatusType (null: the list's own). */
        void listStatus(VenueOrderList l, String statusType) {
            if (orderEvents) {
                List<OrderResult> orders = new ArrayList<>();
                for (VenueOrder o : l.orders) {
                    orders.add(new OrderResult(o, o.clientOrderId, null, now, List.of()));
                }
                listEvents.add(statusType == null ? new OrderListResult(l, orders)
                        : new OrderListResult(l, orders, statusType, l.listOrderStatus));
            }
        }

        private void touch(VenueOrder o) {
            if (!o.touched) {
                o.touched = true;
                touched.add(o);
            }
            VenueOrderList l = o.list;
            if (l != null && !l.queued && !l.done) {
                l.queued = true;
                touchedLists.addLast(l);
            }
        }

        /** Brings the per-symbol open order counts (MAX_NUM_ORDERS) up to date with the touched orders. */
        private void recount() {
            for (int i = 0, n = touched.size(); i < n; i++) {
                VenueOrder o = touched.get(i);
                o.touched = false;
                boolean open = o.isOpen();
                if (open != o.counted) {
                    o.counted = open;
                    o.account.addOpen(o.symbol.spec.symbol(), open ? 1 : -1);
                }
                if (!open && !o.closed) {
                    AccountOrders ao = o.account.orders(o.symbol);
                    ao.closed(o, now);
                    trimOrders(o.symbol, ao, now);
                }
            }
            touched.clear();
        }

        void changed(Account a, String asset) {
            changed.computeIfAbsent(a, k -> new TreeSet<>()).add(asset);
        }

        void emit(VenueOrder o, Fill fill, ExecutionType type) {
            emit(o, fill, type, false, 0L);
        }

        /** Reports an order event; {@code maker} and {@code quote} describe a TRADE's fill. */
        void emit(VenueOrder o, Fill fill, ExecutionType type, boolean maker, long quote) {
            touch(o);
            long executionId = presetExecutionId >= 0 ? presetExecutionId : o.symbol.nextExecutionId++;
            String origCid = nextOrigClientId;
            String expiry = nextExpiryReason;
            presetExecutionId = -1;
            nextOrigClientId = null;
            nextExpiryReason = null;
            if (orderEvents) {
                String cid = o.clientOrderId;
                if (type == ExecutionType.CANCELED && cancelClientId != null) {
                    origCid = o.clientOrderId;
                    cid = cancelClientId;
                }
                ExecutionDetail.Prevented prevented = null;
                if (type == ExecutionType.TRADE_PREVENTION) {
                    boolean isTaker = o.orderId == pmTakerId && o == taker;
                    prevented = new ExecutionDetail.Prevented(isTaker ? pmMakerId : pmTakerId,
                            OrderResult.dec(isTaker ? pmTakerQty : pmMakerQty), OrderResult.dec(pmWouldQty),
                            OrderResult.dec(pmPrice), OrderResult.dec(ScaledMath.quote(pmPrice, pmWouldQty)));
                }
                ExecutionDetail detail = new ExecutionDetail(executionId, maker, OrderResult.dec(quote), expiry,
                        prevented);
                events.add(new Event(o, fill, type, new OrderResult(o, cid, origCid, now,
                        fill == null ? List.of() : List.of(fill)), detail));
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
            if (sym.spec.percentPriceBySide() != null && sym.spec.percentPriceBySide().avgPriceMins() > 0) {
                sym.recordTrade(now, price, qty); // only symbols with the filter pay for the average
            }
            publicTrade(tradeId, price, qty, quote, !takerIsBuy, takerOrderId);
            bookLevel(!takerIsBuy, price, -qty);

            // Commission: taken from what each side receives, at its role's rate plus its side's rate.
            long buyerFee = ScaledMath.quote(qty, (buyer == maker ? buyer.account.makerRate
                    : buyer.account.takerRate) + buyer.account.buyerRate);
            long sellerFee = ScaledMath.quote(quote, (seller == maker ? seller.account.makerRate
                    : seller.account.takerRate) + seller.account.sellerRate);
            pay(buyer, quoteAsset, quote);
            receive(buyer, base, qty - buyerFee);
            pay(seller, base, qty);
            receive(seller, quoteAsset, quote - sellerFee);
            collect(base, buyerFee);
            collect(quoteAsset, sellerFee);
            long makerFee = maker == buyer ? buyerFee : sellerFee;
            long takerFee = taker == buyer ? buyerFee : sellerFee;
            String symbolName = sym.spec.symbol();
            Account.keep(maker.account.trades, symbolName, new AccountTrade(symbolName, tradeId, maker.orderId,
                    maker.list == null ? -1L : maker.list.orderListId, price, qty, quote, makerFee,
                    maker.isBuy() ? base : quoteAsset, now, maker.isBuy(), true,
                    maker.usedSor ? sym.nextAllocationId++ : -1L));
            Account.keep(taker.account.trades, symbolName, new AccountTrade(symbolName, tradeId, taker.orderId,
                    taker.list == null ? -1L : taker.list.orderListId, price, qty, quote, takerFee,
                    taker.isBuy() ? base : quoteAsset, now, taker.isBuy(), false,
                    taker.usedSor ? sym.nextAllocationId++ : -1L));
            for (VenueOrder o : new VenueOrder[] {taker, maker}) {
                o.executedQty += qty;
                o.cumQuote += quote;
                o.updateTime = now;
            }
            if (maker.openQty() == 0) {
                maker.status = OrderStatus.FILLED;
                release(maker);
            } else {
                maker.status = OrderStatus.PARTIALLY_FILLED;
            }
            emit(maker, new Fill(price, qty, makerFee, maker.isBuy() ? base : quoteAsset, tradeId),
                    ExecutionType.TRADE, true, quote);

            // Quote-sized orders learn that they are FILLED only when the engine says so (onTakerDone).
            taker.status = taker.origQty > 0 && taker.openQty() == 0 ? OrderStatus.FILLED
                    : OrderStatus.PARTIALLY_FILLED;
            Fill takerFill = new Fill(price, qty, takerFee, taker.isBuy() ? base : quoteAsset, tradeId);
            if (taker == requestOrder) {
                takerFills.add(takerFill);
            }
            emit(taker, takerFill, ExecutionType.TRADE, false, quote);
        }

        @Override
        public void onRested(long orderId) {
            taker.status = taker.executedQty > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
            bookLevel(taker.isBuy(), taker.price, taker.openQty());
        }

        @Override
        public void onTakerDone(long orderId, long remainingQtyScaled, DoneReason reason) {
            switch (reason) {
                case FILLED -> taker.status = OrderStatus.FILLED;
                case EXPIRED -> taker.status = OrderStatus.EXPIRED;
                case EXPIRED_IN_MATCH -> taker.status = OrderStatus.EXPIRED_IN_MATCH; // prevented: onPreventedMatch
                default -> throw new IllegalStateException("unknown reason " + reason);
            }
            taker.updateTime = now;
            release(taker);
            if (reason == DoneReason.FILLED) {
                refreshLastTakerTrade();
            } else {
                if (reason == DoneReason.EXPIRED) {
                    nextExpiryReason = TimeInForce.FOK.equals(taker.timeInForce) && hasLimitPrice(taker.type)
                            ? "UNFILLED_FOK_ORDER_EXPIRED"
                            : TimeInForce.IOC.equals(taker.timeInForce) && hasLimitPrice(taker.type)
                            ? "UNFILLED_IOC_QUANTITY_EXPIRED" : "INSUFFICIENT_LIQUIDITY";
                }
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
                            new OrderResult(taker, taker.clientOrderId, null, now, List.of(e.fill())), e.detail()));
                    return;
                }
            }
        }

        @Override
        public void onMakerExpired(long makerOrderId, long remainingQtyScaled) {
            VenueOrder maker = sym.orders.get(makerOrderId);
            maker.status = OrderStatus.EXPIRED_IN_MATCH;
            bookLevel(maker.isBuy(), maker.price, -remainingQtyScaled);
            maker.updateTime = now;
            release(maker);
            emit(maker, null, ExecutionType.TRADE_PREVENTION);
        }

        @Override
        public void onPreventedMatch(long takerOrderId, long makerOrderId, long price, long takerQty,
                                     long makerQty) {
            VenueOrder maker = sym.orders.get(makerOrderId);
            long takerOpen = taker.origQty > 0 ? taker.openQty() : takerQty;
            pmTakerId = takerOrderId;
            pmMakerId = makerOrderId;
            pmPrice = price;
            pmTakerQty = takerQty;
            pmMakerQty = makerQty;
            pmWouldQty = takerOpen > 0 ? Math.min(takerOpen, maker.openQty()) : maker.openQty();
            long id = sym.nextPreventedMatchId++;
            SelfTradePreventionMode mode = SelfTradePreventionMode.TRANSFER.equals(taker.stp)
                    ? SelfTradePreventionMode.DECREMENT : taker.stp;
            boolean decrement = SelfTradePreventionMode.DECREMENT.equals(mode);
            taker.preventedMatchId = id;
            maker.preventedMatchId = id;
            if (taker.origQty > 0) {
                taker.preventedQty += takerQty;
            }
            maker.preventedQty += makerQty;
            taker.updateTime = now;
            maker.updateTime = now;
            String symbolName = sym.spec.symbol();
            Account.keep(taker.account.prevented, symbolName, new PreventedMatch(symbolName, id, taker.orderId,
                    maker.orderId, -1L, mode, price, takerQty, makerQty, now));
            if (decrement) {
                bookLevel(maker.isBuy(), price, -makerQty);
                if (maker.openQty() > 0) {
                    emit(maker, null, ExecutionType.TRADE_PREVENTION);
                }
                if (taker.origQty > 0 && taker.openQty() > 0) {
                    emit(taker, null, ExecutionType.TRADE_PREVENTION);
                }
            }
        }

        private void collect(String asset, long amount) {
            if (amount != 0) {
                fees.computeIfAbsent(asset, k -> new long[1])[0] += amount;
            }
        }

        /** Records a public trade for market data listeners. */
        void publicTrade(long tradeId, long price, long qty, long quote, boolean buyerIsMaker, long takerOrderId) {
            if (listeners.length == 0) {
                return;
            }
            if (trades.length < (tradeCount + 1) * 6) {
                trades = java.util.Arrays.copyOf(trades, trades.length * 2);
            }
            int i = tradeCount++ * 6;
            trades[i] = tradeId;
            trades[i + 1] = price;
            trades[i + 2] = qty;
            trades[i + 3] = quote;
            trades[i + 4] = buyerIsMaker ? 1 : 0;
            trades[i + 5] = takerOrderId;
        }

        /** Records a change of a book level's quantity for market data listeners. */
        void bookLevel(boolean bid, long price, long delta) {
            if (listeners.length == 0) {
                return;
            }
            if (levels.length < (levelCount + 1) * 3) {
                levels = java.util.Arrays.copyOf(levels, levels.length * 2);
            }
            int i = levelCount++ * 3;
            levels[i] = bid ? 1 : 0;
            levels[i + 1] = price;
            levels[i + 2] = delta;
        }

        /** Delivers the call's trades and level changes, then onBookUpdated, to every listener. */
        private void publishMarket(String symbol) {
            if (symbol != null && (tradeCount > 0 || levelCount > 0)) {
                for (VenueListener l : listeners) {
                    for (int t = 0; t < tradeCount; t++) {
                        int i = t * 6;
                        l.onTrade(symbol, trades[i], trades[i + 1], trades[i + 2], trades[i + 3], now,
                                trades[i + 4] == 1, trades[i + 5]);
                    }
                    for (int v = 0; v < levelCount; v++) {
                        int i = v * 3;
                        l.onBookLevel(symbol, levels[i] == 1, levels[i + 1], levels[i + 2]);
                    }
                    l.onBookUpdated(symbol, now);
                }
            }
            tradeCount = 0;
            levelCount = 0;
        }

        /** Ends the call: delivers queued notifications and returns the taker's fills. */
        List<Fill> finish() {
            recount();
            touchedLists.clear(); // settled already; anything left belongs to a call that threw
            List<Fill> fills = List.copyOf(takerFills);
            List<Event> evs = new ArrayList<>(events);
            List<OrderListResult> lists = listEvents.isEmpty() ? List.of() : new ArrayList<>(listEvents);
            Map<Account, Set<String>> ch = new LinkedHashMap<>(changed);
            takerFills.clear();
            events.clear();
            listEvents.clear();
            changed.clear();
            taker = null;
            requestOrder = null;
            String symbolName = sym == null ? null : sym.spec.symbol();
            sym = null;
            publishMarket(symbolName);
            for (VenueListener l : listeners) {
                if (!l.receivesOrderEvents()) {
                    continue;
                }
                for (Event e : evs) {
                    l.onExecution(e.order().account.apiKey, e.snapshot(), e.fill(), e.type(), e.detail());
                }
                for (OrderListResult r : lists) {
                    l.onListStatus(accountOf(r), r);
                }
                for (Map.Entry<Account, Set<String>> e : ch.entrySet()) {
                    Map<String, Balance> b = new LinkedHashMap<>();
                    for (String asset : new LinkedHashSet<>(e.getValue())) {
                        b.put(asset, balance(e.getKey().holding(asset)));
                    }
                    l.onBalances(e.getKey().apiKey, Collections.unmodifiableMap(b));
                }
            }
            for (int i = 0, n = listTrims.size(); i < n; i++) {
                Account a = listTrims.get(i);
                a.listTrimQueued = false;
                trimLists(a, now);
            }
            listTrims.clear();
            return fills;
        }
    }
}
