package io.tradewire.cli.command;

import io.tradewire.client.spot.CancelOrderRequest;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.OrderStatusRequest;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** {@code tradewire order place|status|cancel}: one order operation over the WebSocket API. */
@Command(name = "order", mixinStandardHelpOptions = true, description = "Place, query or cancel an order.",
        subcommands = {OrderCommand.Place.class, OrderCommand.Status.class, OrderCommand.Cancel.class})
public final class OrderCommand {
    @Mixin
    VenueOptions venue;

    /** Which order: by venue id or by client id. */
    static final class OrderRef {
        @Option(names = "--order-id", description = "venue order id")
        Long orderId;
        @Option(names = "--client-id", description = "client order id")
        String clientId;
    }

    static Integer run(OrderCommand parent, CommandSpec spec,
                       Function<SpotWsApiClient, CompletableFuture<io.tradewire.client.ApiResponse<OrderResponse>>> op)
            throws Exception {
        VenueSettings settings = VenueSettings.resolve(parent.venue, System.getenv());
        if (settings.credentials == null) {
            throw new IllegalArgumentException("orders need credentials: --api-key with --secret or --private-key "
                    + "(or the environment / config file)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SpotWsApiClient client = settings.clientBuilder().build()) {
            client.connect().get(settings.timeout.toMillis(), TimeUnit.MILLISECONDS);
            OrderResponse r = op.apply(client).get(settings.timeout.toMillis(), TimeUnit.MILLISECONDS).result();
            print(out, r);
        }
        return 0;
    }

    static void print(PrintWriter out, OrderResponse r) {
        out.printf("symbol:        %s%n", r.symbol());
        out.printf("orderId:       %d%n", r.orderId());
        out.printf("clientOrderId: %s%n", r.clientOrderId());
        if (r.status() != null) {
            out.printf("status:        %s%n", r.status());
            out.printf("side/type/tif: %s %s %s%n", r.side(), r.type(), r.timeInForce());
            out.printf("price:         %s%n", r.price() == null ? "-" : Decimals.toPlainString(r.price()));
            out.printf("origQty:       %s%n", r.origQty() == null ? "-" : Decimals.toPlainString(r.origQty()));
            out.printf("executedQty:   %s%n", r.executedQty() == null ? "-" : Decimals.toPlainString(r.executedQty()));
        }
        r.fills().forEach(f -> out.printf("fill:          %s @ %s (trade %d)%n", Decimals.toPlainString(f.qty()),
                Decimals.toPlainString(f.price()), f.tradeId()));
        out.flush();
    }

    /** {@code order place}. */
    @Command(name = "place", mixinStandardHelpOptions = true, description = "Place an order (order.place).")
    static final class Place implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        OrderCommand parent;
        @Option(names = "--symbol", required = true)
        String symbol;
        @Option(names = "--side", required = true, description = "BUY or SELL")
        String side;
        @Option(names = "--type", required = true, description = "LIMIT, MARKET, LIMIT_MAKER, ...")
        String type;
        @Option(names = "--price")
        String price;
        @Option(names = "--quantity")
        String quantity;
        @Option(names = "--quote-qty", description = "quoteOrderQty (MARKET)")
        String quoteQty;
        @Option(names = "--tif", description = "time in force: GTC, IOC, FOK (default GTC for LIMIT)")
        String tif;
        @Option(names = "--client-id", description = "newClientOrderId; set it to be able to resolve an unknown outcome")
        String clientId;
        @Option(names = "--resp-type", description = "ACK, RESULT or FULL")
        String respType;

        @Override
        public Integer call() throws Exception {
            OrderType t = OrderType.of(type.toUpperCase(java.util.Locale.ROOT));
            String timeInForce = tif != null ? tif : (OrderType.LIMIT.equals(t) ? "GTC" : null);
            PlaceOrderRequest.Builder b = PlaceOrderRequest.builder().symbol(symbol)
                    .side(Side.of(side.toUpperCase(java.util.Locale.ROOT))).type(t)
                    .timeInForce(timeInForce == null ? null : TimeInForce.of(timeInForce.toUpperCase(java.util.Locale.ROOT)))
                    .price(price == null ? null : Decimals.parse(price))
                    .quantity(quantity == null ? null : Decimals.parse(quantity))
                    .quoteOrderQty(quoteQty == null ? null : Decimals.parse(quoteQty))
                    .newClientOrderId(clientId)
                    .newOrderRespType(respType == null ? null : OrderResponseType.of(respType.toUpperCase(java.util.Locale.ROOT)));
            PlaceOrderRequest request = b.build(); // rejects bad input before anything connects
            return OrderCommand.run(parent, spec, c -> c.placeOrder(request));
        }
    }

    /** {@code order status}. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Query an order (order.status).")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        OrderCommand parent;
        @Option(names = "--symbol", required = true)
        String symbol;
        @ArgGroup(exclusive = true, multiplicity = "1")
        OrderRef ref;

        @Override
        public Integer call() throws Exception {
            OrderStatusRequest request = ref.orderId != null ? OrderStatusRequest.byOrderId(symbol, ref.orderId)
                    : OrderStatusRequest.byClientOrderId(symbol, ref.clientId);
            return OrderCommand.run(parent, spec, c -> c.orderStatus(request));
        }
    }

    /** {@code order cancel}. */
    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an order (order.cancel).")
    static final class Cancel implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        OrderCommand parent;
        @Option(names = "--symbol", required = true)
        String symbol;
        @ArgGroup(exclusive = true, multiplicity = "1")
        OrderRef ref;

        @Override
        public Integer call() throws Exception {
            CancelOrderRequest request = ref.orderId != null ? CancelOrderRequest.byOrderId(symbol, ref.orderId)
                    : CancelOrderRequest.byClientOrderId(symbol, ref.clientId);
            return OrderCommand.run(parent, spec, c -> c.cancelOrder(request));
        }
    }
}
