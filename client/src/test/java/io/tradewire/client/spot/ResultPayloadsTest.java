package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.TestData;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.error.BinanceApiException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documented WS API results and recorded REST bodies (the same JSON) through the method groups' decoders: exact
 * decimals, unknown fields skipped, unknown enum values kept.
 */
class ResultPayloadsTest {
    private static final JsonFactory JSON = new JsonFactory();

    /** Decodes the {@code result} of a WS API answer. */
    private static <T> T result(String file, ResponseDecoder<T> d) throws IOException {
        try (JsonParser p = JSON.createParser(TestData.read("payloads/" + file))) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if ("result".equals(f)) {
                    return d.decode(p);
                }
                p.skipChildren();
            }
        }
        throw new AssertionError("no result in " + file);
    }

    private static <T> T body(String json, ResponseDecoder<T> d) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return d.decode(p);
        }
    }

    @Test
    void orderTestWithAndWithoutCommissionRates() throws IOException {
        OrderCommissionRates r = result("spot-wsapi-order.test-commission.doc.json", SpotTradingDecoders.ORDER_TEST);
        assertThat(r.computed()).isTrue();
        assertThat(r.standard()).isEqualTo(new CommissionRates(new BigDecimal("0.00000112"),
                new BigDecimal("0.00000114"), null, null));
        assertThat(r.special().taker()).isEqualTo(new BigDecimal("0.06000000"));
        assertThat(r.tax().maker()).isEqualTo(new BigDecimal("0.00000112"));
        assertThat(r.discount()).isEqualTo(new CommissionDiscount(true, true, "BNB", new BigDecimal("0.25000000")));
        OrderCommissionRates empty = result("spot-wsapi-order.test-empty.doc.json", SpotTradingDecoders.ORDER_TEST);
        assertThat(empty.computed()).isFalse();
    }

    @Test
    void aCanceledOrderListIsTellApartFromAnOrder() throws IOException {
        OrderListResponse l = result("spot-wsapi-order.cancel-orderlist.doc.json", SpotTradingDecoders.ORDER_LIST);
        assertThat(l.orderListId()).isEqualTo(19431);
        assertThat(l.contingencyType()).isEqualTo("OCO");
        assertThat(l.listStatusType()).isEqualTo("ALL_DONE");
        assertThat(l.transactionTime()).isEqualTo(1660803702431L);
        assertThat(l.symbol()).isEqualTo("BTCUSDT");
        assertThat(l.orders()).extracting(OrderRef::orderId).containsExactly(12569099453L, 12569099454L);
        assertThat(l.orderReports()).hasSize(2);
        assertThat(l.orderReports().get(0).type()).isEqualTo(OrderType.STOP_LOSS_LIMIT);
        assertThat(l.orderReports().get(0).stopPrice()).isEqualTo(new BigDecimal("23430.00000000"));
        assertThat(l.orderReports().get(1).status()).isEqualTo(OrderStatus.CANCELED);

        Object single = body("{\"symbol\":\"BTCUSDT\",\"orderId\":7,\"orderListId\":-1,\"status\":\"CANCELED\","
                + "\"novel\":{\"a\":[]}}", SpotTradingDecoders::anyOrder);
        assertThat(single).isInstanceOf(OrderResponse.class);
        Object error = body("{\"code\":-2011,\"msg\":\"Unknown order sent.\"}", SpotTradingDecoders::anyOrder);
        assertThat(((BinanceApiException) error).code()).isEqualTo(-2011);
    }

    @Test
    void subscriptionsAndSubscribeAnswers() throws IOException {
        assertThat(result("spot-wsapi-session.subscriptions-response.doc.json", SpotAccountDecoders.SUBSCRIPTIONS))
                .containsExactly(0L, 1L);
        assertThat(result("spot-wsapi-userDataStream.subscribe-response.doc.json",
                SpotAccountDecoders::subscription)).isEqualTo(0L);
    }

    @Test
    void recordedRestBodiesOfMarketData() throws IOException {
        OrderBookDepth depth = body(TestData.read("payloads/spot-rest-depth.recorded.json"), SpotMarketDecoders.DEPTH);
        assertThat(depth.lastUpdateId()).isEqualTo(14527958487L);
        assertThat(depth.bids().get(0)).isEqualTo(new PriceLevel(new BigDecimal("60650.00000000"),
                new BigDecimal("0.00213000")));
        assertThat(depth.asks()).isNotEmpty();
        assertThat(depth.asks().get(0).price()).isGreaterThan(depth.bids().get(0).price());

        List<Trade> trades = body(TestData.read("payloads/spot-rest-trades.recorded.json"), SpotMarketDecoders.TRADES);
        assertThat(trades.get(0)).isEqualTo(new Trade(1111468873L, new BigDecimal("60650.00000000"),
                new BigDecimal("0.02924000"), new BigDecimal("1773.40600000"), 1634942949263L, true, true));

        List<AggregateTrade> agg = body(TestData.read("payloads/spot-rest-aggTrades.recorded.json"),
                SpotMarketDecoders.AGG_TRADES);
        assertThat(agg.get(0)).isEqualTo(new AggregateTrade(966492862L, new BigDecimal("60759.60000000"),
                new BigDecimal("0.00841000"), 1111480471L, 1111480471L, 1634944096633L, false, true));

        List<Kline> klines = body(TestData.read("payloads/spot-rest-klines.recorded.json"), SpotMarketDecoders.KLINES);
        Kline k = klines.get(0);
        assertThat(k.openTime()).isEqualTo(1634943780000L);
        assertThat(k.open()).isEqualTo(new BigDecimal("60685.22000000"));
        assertThat(k.close()).isEqualTo(new BigDecimal("60719.27000000"));
        assertThat(k.closeTime()).isEqualTo(1634943839999L);
        assertThat(k.quoteVolume()).isEqualTo(new BigDecimal("1313200.01340410"));
        assertThat(k.tradeCount()).isEqualTo(617);
        assertThat(k.takerBuyQuoteVolume()).isEqualTo(new BigDecimal("745719.41022840"));
    }

    @Test
    void tickersAnswerAnObjectOrAnArray() throws IOException {
        String one = "{\"symbol\":\"BNBBTC\",\"priceChange\":\"0.00013900\",\"priceChangePercent\":\"1.020\","
                + "\"lastPrice\":\"0.01376700\",\"openTime\":1660014164909,\"closeTime\":1660100564909,"
                + "\"firstId\":194696115,\"lastId\":194968287,\"count\":272173,\"brandNew\":\"x\"}";
        List<TickerStatistics> single = body(one, SpotMarketDecoders.TICKERS);
        assertThat(single).hasSize(1);
        assertThat(single.get(0).priceChangePercent()).isEqualTo(new BigDecimal("1.020"));
        assertThat(single.get(0).bidPrice()).isNull();
        assertThat(single.get(0).count()).isEqualTo(272173);
        assertThat(body("[" + one + "," + one + "]", SpotMarketDecoders.TICKERS)).hasSize(2);
        assertThat(body("[{\"symbol\":\"A\",\"price\":\"1.10\"},{\"symbol\":\"B\",\"price\":\"2\"}]",
                SpotMarketDecoders.PRICES)).containsExactly(new PriceTicker("A", new BigDecimal("1.10")),
                new PriceTicker("B", new BigDecimal("2")));
    }
}
