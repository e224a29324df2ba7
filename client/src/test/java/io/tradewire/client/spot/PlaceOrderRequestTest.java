package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceOrderRequestTest {
    private static final BigDecimal P = new BigDecimal("60000.00");
    private static final BigDecimal Q = new BigDecimal("0.01000");

    @Test
    void limitOrderCarriesItsFieldsAsExactText() {
        PlaceOrderRequest r = PlaceOrderRequest.limit("BTCUSDT", Side.BUY, P, Q).newClientOrderId("abc-1").build();
        RequestParams p = new RequestParams();
        r.addTo(p);
        assertThat(p.get("price")).isEqualTo("60000.00");
        assertThat(p.get("quantity")).isEqualTo("0.01000");
        assertThat(p.get("timeInForce")).isEqualTo("GTC");
        assertThat(p.canonicalPayload())
                .isEqualTo("newClientOrderId=abc-1&price=60000.00&quantity=0.01000&side=BUY&symbol=BTCUSDT"
                        + "&timeInForce=GTC&type=LIMIT");
    }

    @Test
    void scaledLongAmountsGoOutExactlyAndReadBackAsDecimals() {
        PlaceOrderRequest r = PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(6_000_000L, 2).quantity(1_000L, 5).build();
        RequestParams p = new RequestParams();
        r.addTo(p);
        assertThat(p.get("price")).isEqualTo("60000.00");
        assertThat(p.get("quantity")).isEqualTo("0.01000");
        assertThat(r.price()).isEqualTo(new BigDecimal("60000.00"));
        assertThatThrownBy(() -> PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(0L, 2).quantity(1L, 0).build())
                .hasMessage("price must be greater than zero, was 0.00");
        assertThatThrownBy(() -> PlaceOrderRequest.builder().price(1, 19))
                .hasMessage("price: scale 19 must be 0 to 18");
        assertThatThrownBy(() -> PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).quantity(1L, 0).build())
                .hasMessage("order.place: price is required for LIMIT orders");
    }

    @Test
    void decimalsNeverGoScientific() {
        PlaceOrderRequest r = PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1E-8"),
                new BigDecimal("1E+3")).build();
        RequestParams p = new RequestParams();
        r.addTo(p);
        assertThat(p.get("price")).isEqualTo("0.00000001");
        assertThat(p.get("quantity")).isEqualTo("1000");
    }

    @Test
    void missingFieldsAreNamedWithTheRule() {
        assertThatThrownBy(() -> PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .price(P).quantity(Q).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.place: timeInForce is required for LIMIT orders");
        assertThatThrownBy(() -> PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).quantity(Q).build())
                .hasMessage("order.place: price is required for LIMIT orders");
        assertThatThrownBy(() -> PlaceOrderRequest.builder().symbol("BTCUSDT").type(OrderType.MARKET).quantity(Q)
                .build())
                .hasMessage("side is required");
        assertThatThrownBy(() -> PlaceOrderRequest.builder().side(Side.BUY).type(OrderType.MARKET).quantity(Q)
                .build())
                .hasMessage("symbol is required");
    }

    @Test
    void marketNeedsExactlyOneAmount() {
        assertThatThrownBy(() -> PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.MARKET)
                .build())
                .hasMessage("order.place: MARKET orders need exactly one of quantity or quoteOrderQty");
        assertThatThrownBy(() -> PlaceOrderRequest.market("BTCUSDT", Side.BUY, Q).quoteOrderQty(P).build())
                .hasMessage("order.place: MARKET orders need exactly one of quantity or quoteOrderQty");
        assertThatThrownBy(() -> PlaceOrderRequest.market("BTCUSDT", Side.BUY, Q).price(P).build())
                .hasMessage("order.place: price is not allowed for MARKET orders");
        assertThat(PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.MARKET)
                .quoteOrderQty(new BigDecimal("100")).build().quoteOrderQty()).isEqualByComparingTo("100");
    }

    @Test
    void amountsMustBePositive() {
        assertThatThrownBy(() -> PlaceOrderRequest.limit("BTCUSDT", Side.BUY, P, BigDecimal.ZERO).build())
                .hasMessage("quantity must be greater than zero, was 0");
        assertThatThrownBy(() -> PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("-1"), Q).build())
                .hasMessage("price must be greater than zero, was -1");
    }

    @Test
    void badSymbolsAndIdsAreRejected() {
        assertThatThrownBy(() -> PlaceOrderRequest.limit("btcusdt", Side.BUY, P, Q).build())
                .hasMessageStartingWith("symbol 'btcusdt' must be");
        assertThatThrownBy(() -> PlaceOrderRequest.limit("BTC USDT", Side.BUY, P, Q).build())
                .hasMessageStartingWith("symbol 'BTC USDT' must be");
        assertThatThrownBy(() -> PlaceOrderRequest.limit("BTCUSDT", Side.BUY, P, Q).newClientOrderId("has space")
                .build())
                .hasMessage("order.place: newClientOrderId 'has space' must match ^[a-zA-Z0-9-_]{1,36}$");
        // Binance rejects a dot (-1100), so the client does too, before the wire.
        assertThatThrownBy(() -> PlaceOrderRequest.limit("BTCUSDT", Side.BUY, P, Q).newClientOrderId("a.b").build())
                .hasMessageContaining("must match");
        assertThatThrownBy(() -> PlaceOrderRequest.limit("BTCUSDT", Side.of("SIDEWAYS"), P, Q).build())
                .hasMessage("side 'SIDEWAYS' is not a known value");
        // Unicode symbols exist on Binance (CHANGELOG): accepted.
        assertThat(PlaceOrderRequest.limit("这是测试币456", Side.BUY, P, Q).build().symbol()).isEqualTo("这是测试币456");
    }

    @Test
    void limitMakerForbidsTimeInForce() {
        assertThatThrownBy(() -> PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.SELL)
                .type(OrderType.LIMIT_MAKER).price(P).quantity(Q).timeInForce(TimeInForce.GTC).build())
                .hasMessage("order.place: timeInForce is not allowed for LIMIT_MAKER orders");
    }

    @Test
    void cancelAndStatusNeedAnOrderReference() {
        assertThatThrownBy(() -> CancelOrderRequest.builder().symbol("BTCUSDT").build())
                .hasMessage("order.cancel: orderId or origClientOrderId is required");
        assertThatThrownBy(() -> OrderStatusRequest.byOrderId("BTCUSDT", -5))
                .hasMessage("order.status: orderId must not be negative, was -5");
        RequestParams p = new RequestParams();
        CancelOrderRequest.byClientOrderId("BTCUSDT", "my-id").addTo(p);
        assertThat(p.canonicalPayload()).isEqualTo("origClientOrderId=my-id&symbol=BTCUSDT");
    }
}
