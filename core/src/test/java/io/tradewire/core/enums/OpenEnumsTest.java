package io.tradewire.core.enums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OpenEnumsTest {

    @Test
    void knownValuesAreIdenticalConstants() {
        assertThat(Side.of("BUY")).isSameAs(Side.BUY);
        assertThat(Side.of(new String("SELL"))).isSameAs(Side.SELL);
        assertThat(OrderType.of("LIMIT_MAKER")).isSameAs(OrderType.LIMIT_MAKER);
        assertThat(TimeInForce.of("FOK")).isSameAs(TimeInForce.FOK);
        assertThat(OrderStatus.of("EXPIRED_IN_MATCH")).isSameAs(OrderStatus.EXPIRED_IN_MATCH);
        assertThat(ExecutionType.of("TRADE_PREVENTION")).isSameAs(ExecutionType.TRADE_PREVENTION);
        assertThat(OrderResponseType.of("FULL")).isSameAs(OrderResponseType.FULL);
        assertThat(SelfTradePreventionMode.of("TRANSFER")).isSameAs(SelfTradePreventionMode.TRANSFER);
        assertThat(RateLimitType.of("RAW_REQUESTS")).isSameAs(RateLimitType.RAW_REQUESTS);
        assertThat(RateLimitInterval.of("DAY")).isSameAs(RateLimitInterval.DAY);
        assertThat(SymbolStatus.of("END_OF_DAY")).isSameAs(SymbolStatus.END_OF_DAY);
        assertThat(CancelRestrictions.of("ONLY_PARTIALLY_FILLED")).isSameAs(CancelRestrictions.ONLY_PARTIALLY_FILLED);
        assertThat(Side.BUY.isKnown()).isTrue();
        assertThat(Side.BUY.wireName()).isEqualTo("BUY");
        assertThat(Side.BUY).hasToString("BUY");
    }

    @Test
    void everyDocumentedValueIsPresent() {
        Map<List<?>, List<String>> expected = Map.ofEntries(
                Map.entry(Side.knownValues(), List.of("BUY", "SELL")),
                Map.entry(OrderType.knownValues(), List.of("LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT",
                        "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER")),
                Map.entry(TimeInForce.knownValues(), List.of("GTC", "IOC", "FOK")),
                Map.entry(OrderStatus.knownValues(), List.of("NEW", "PENDING_NEW", "PARTIALLY_FILLED", "FILLED",
                        "CANCELED", "PENDING_CANCEL", "REJECTED", "EXPIRED", "EXPIRED_IN_MATCH")),
                Map.entry(ExecutionType.knownValues(), List.of("NEW", "CANCELED", "REPLACED", "REJECTED", "TRADE",
                        "EXPIRED", "TRADE_PREVENTION")),
                Map.entry(OrderResponseType.knownValues(), List.of("ACK", "RESULT", "FULL")),
                Map.entry(SelfTradePreventionMode.knownValues(), List.of("NONE", "EXPIRE_TAKER", "EXPIRE_MAKER",
                        "EXPIRE_BOTH", "DECREMENT", "TRANSFER")),
                Map.entry(RateLimitType.knownValues(), List.of("REQUEST_WEIGHT", "ORDERS", "RAW_REQUESTS")),
                Map.entry(RateLimitInterval.knownValues(), List.of("SECOND", "MINUTE", "HOUR", "DAY")),
                Map.entry(SymbolStatus.knownValues(), List.of("TRADING", "END_OF_DAY", "HALT", "BREAK")),
                Map.entry(CancelRestrictions.knownValues(), List.of("ONLY_NEW", "ONLY_PARTIALLY_FILLED")));
        expected.forEach((values, names) -> {
            assertThat(values).extracting(Object::toString).containsExactlyElementsOf(names);
        });
    }

    @Test
    void unknownValuesKeepRawTextAndAreNotFatal() {
        OrderType future = OrderType.of("TRAILING_STOP_MARKET");
        assertThat(future.isKnown()).isFalse();
        assertThat(future.wireName()).isEqualTo("TRAILING_STOP_MARKET");
        assertThat(future).hasToString("TRAILING_STOP_MARKET");
        assertThat(future).isNotEqualTo(OrderType.MARKET);
        assertThat(OrderStatus.of("").isKnown()).isFalse();
        assertThat(Side.of("buy").isKnown()).isFalse(); // wire values are case-sensitive
        assertThatThrownBy(() -> Side.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityIsByWireName() {
        OrderStatus a = OrderStatus.of("NEW_STATUS");
        OrderStatus b = OrderStatus.of("NEW_STATUS");
        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(OrderStatus.NEW);
        assertThat(OrderStatus.NEW).isEqualTo(OrderStatus.of("NEW")).hasSameHashCodeAs(OrderStatus.of("NEW"));
        assertThat(OrderStatus.NEW).isNotEqualTo(ExecutionType.NEW); // different vocabularies
        assertThat(OrderStatus.NEW).isNotEqualTo("NEW");
    }

    @Test
    void jacksonUsesWireNames() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(Side.SELL)).isEqualTo("\"SELL\"");
        assertThat(mapper.readValue("\"SELL\"", Side.class)).isSameAs(Side.SELL);
        Side unknown = mapper.readValue("\"SHORT\"", Side.class);
        assertThat(unknown.isKnown()).isFalse();
        assertThat(mapper.writeValueAsString(unknown)).isEqualTo("\"SHORT\"");
    }

    @Test
    void switchingOnKnownConstantsWorksByIdentity() {
        Function<TimeInForce, String> describe = t -> t == TimeInForce.GTC ? "good" : t.isKnown() ? "known" : "?";
        assertThat(describe.apply(TimeInForce.of("GTC"))).isEqualTo("good");
        assertThat(describe.apply(TimeInForce.of("IOC"))).isEqualTo("known");
        assertThat(describe.apply(TimeInForce.of("GTX"))).isEqualTo("?");
    }
}
