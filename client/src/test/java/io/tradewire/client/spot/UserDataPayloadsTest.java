package io.tradewire.client.spot;

import io.tradewire.client.TestData;
import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Binance's documented user data events (shared/testdata/payloads/spot-uds-*) through our streaming decoder. */
class UserDataPayloadsTest {

    private static String payload(String name) {
        return TestData.read("payloads/" + name);
    }

    @Test
    void executionReportEveryDocumentedField() {
        ExecutionReport e = (ExecutionReport) SpotUserDataApi.decodeEvent(payload("spot-uds-executionReport.doc.json"));
        assertThat(e.eventType()).isEqualTo("executionReport");
        assertThat(e.eventTime()).isEqualTo(1499405658658L);
        assertThat(e.symbol()).isEqualTo("ETHBTC");
        assertThat(e.clientOrderId()).isEqualTo("mUvoqJxFIILMdfAW5iGSOW");
        assertThat(e.side()).isEqualTo(Side.BUY);
        assertThat(e.orderType()).isEqualTo(OrderType.LIMIT);
        assertThat(e.timeInForce()).isEqualTo(TimeInForce.GTC);
        assertThat(e.quantity()).isEqualTo(new BigDecimal("1.00000000"));
        assertThat(e.price()).isEqualTo(new BigDecimal("0.10264410"));
        assertThat(e.stopPrice()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.icebergQty()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.orderListId()).isEqualTo(-1);
        assertThat(e.origClientOrderId()).isEmpty();
        assertThat(e.executionType()).isEqualTo(ExecutionType.NEW);
        assertThat(e.orderStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(e.rejectReason()).isEqualTo("NONE");
        assertThat(e.orderId()).isEqualTo(4293153L);
        assertThat(e.lastExecutedQty()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.cumulativeFilledQty()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.lastExecutedPrice()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.commission()).isEqualTo(new BigDecimal("0"));
        assertThat(e.commissionAsset()).isNull();
        assertThat(e.transactionTime()).isEqualTo(1499405658657L);
        assertThat(e.tradeId()).isEqualTo(-1);
        assertThat(e.preventedMatchId()).isEqualTo(3L);
        assertThat(e.executionId()).isEqualTo(8641984L);
        assertThat(e.isWorking()).isTrue();
        assertThat(e.isMaker()).isFalse();
        assertThat(e.orderCreationTime()).isEqualTo(1499405658657L);
        assertThat(e.cumulativeQuoteQty()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.lastQuoteQty()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.quoteOrderQty()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(e.workingTime()).isEqualTo(1499405658657L);
        assertThat(e.selfTradePreventionMode()).isEqualTo(SelfTradePreventionMode.NONE);
        assertThat(e.trailingDelta()).isNull();
        assertThat(e.strategyId()).isNull();
        assertThat(e.usedSor()).isNull();
        assertThat(e.expiryReason()).isNull();
        assertThat(e.isTrade()).isFalse();
    }

    @Test
    void executionReportConditionalFields() {
        String withConditionals = payload("spot-uds-executionReport.doc.json").replace("\"V\": \"NONE\"",
                "\"V\": \"EXPIRE_MAKER\", \"d\": 4, \"D\": 1668680518494, \"j\": 1, \"J\": 1000000,"
                        + " \"A\": \"3.000000\", \"B\": \"3.000000\", \"u\": 1, \"U\": 37, \"Cs\": \"BTCUSDT\","
                        + " \"pl\": \"2.123456\", \"pL\": \"0.10000001\", \"pY\": \"0.21234562\","
                        + " \"b\": \"ONE_PARTY_TRADE_REPORT\", \"a\": 1234, \"k\": \"SOR\", \"uS\": true,"
                        + " \"gP\": \"PRIMARY_PEG\", \"gOT\": \"PRICE_LEVEL\", \"gOV\": 5, \"gp\": \"1.00000000\","
                        + " \"eR\": \"INSUFFICIENT_LIQUIDITY\"");
        ExecutionReport e = (ExecutionReport) SpotUserDataApi.decodeEvent(withConditionals);
        assertThat(e.selfTradePreventionMode()).isEqualTo(SelfTradePreventionMode.EXPIRE_MAKER);
        assertThat(e.trailingDelta()).isEqualTo(4L);
        assertThat(e.trailingTime()).isEqualTo(1668680518494L);
        assertThat(e.strategyId()).isEqualTo(1L);
        assertThat(e.strategyType()).isEqualTo(1000000L);
        assertThat(e.preventedQuantity()).isEqualTo(new BigDecimal("3.000000"));
        assertThat(e.lastPreventedQuantity()).isEqualTo(new BigDecimal("3.000000"));
        assertThat(e.tradeGroupId()).isEqualTo(1L);
        assertThat(e.counterOrderId()).isEqualTo(37L);
        assertThat(e.counterSymbol()).isEqualTo("BTCUSDT");
        assertThat(e.preventedExecutionQuantity()).isEqualTo(new BigDecimal("2.123456"));
        assertThat(e.preventedExecutionPrice()).isEqualTo(new BigDecimal("0.10000001"));
        assertThat(e.preventedExecutionQuoteQty()).isEqualTo(new BigDecimal("0.21234562"));
        assertThat(e.matchType()).isEqualTo("ONE_PARTY_TRADE_REPORT");
        assertThat(e.allocationId()).isEqualTo(1234L);
        assertThat(e.workingFloor()).isEqualTo("SOR");
        assertThat(e.usedSor()).isTrue();
        assertThat(e.pegPriceType()).isEqualTo("PRIMARY_PEG");
        assertThat(e.pegOffsetType()).isEqualTo("PRICE_LEVEL");
        assertThat(e.pegOffsetValue()).isEqualTo(5L);
        assertThat(e.peggedPrice()).isEqualTo(new BigDecimal("1.00000000"));
        assertThat(e.expiryReason()).isEqualTo("INSUFFICIENT_LIQUIDITY");
    }

    @Test
    void unknownFieldsAreSkippedAndUnknownEnumValuesKept() {
        String odd = payload("spot-uds-executionReport.doc.json")
                .replace("\"x\": \"NEW\"", "\"x\": \"TELEPORTED\", \"zz\": {\"nested\": [1, {\"deep\": null}]}")
                .replace("\"X\": \"NEW\"", "\"X\": \"LEVITATING\"")
                .replace("\"o\": \"LIMIT\"", "\"o\": \"QUANTUM\"")
                .replace("\"subscriptionId\": 0,", "\"subscriptionId\": 0, \"extra\": [1, 2],");
        ExecutionReport e = (ExecutionReport) SpotUserDataApi.decodeEvent(odd);
        assertThat(e.executionType().wireName()).isEqualTo("TELEPORTED");
        assertThat(e.executionType().isKnown()).isFalse();
        assertThat(e.orderStatus().wireName()).isEqualTo("LEVITATING");
        assertThat(e.orderType().isKnown()).isFalse();
        assertThat(e.orderId()).isEqualTo(4293153L);
    }

    @Test
    void typeNotFirstAndEventTimeAsStringAreDecodedToo() {
        String frame = "{\"event\": {\"E\": \"1573200697110\", \"a\": \"BTC\", \"d\": \"-0.00000001\","
                + " \"T\": 1573200697068, \"e\": \"balanceUpdate\"}, \"subscriptionId\": 3}";
        BalanceUpdate b = (BalanceUpdate) SpotUserDataApi.decodeEvent(frame);
        assertThat(b.eventTime()).isEqualTo(1573200697110L);
        assertThat(b.delta()).isEqualTo(new BigDecimal("-0.00000001"));
        assertThat(b.clearTime()).isEqualTo(1573200697068L);
    }

    @Test
    void accountPositionBalanceUpdateListStatusTerminatedAndExternalLock() {
        OutboundAccountPosition pos = (OutboundAccountPosition) SpotUserDataApi.decodeEvent(
                payload("spot-uds-outboundAccountPosition.doc.json"));
        assertThat(pos.eventTime()).isEqualTo(1564034571105L);
        assertThat(pos.lastUpdateTime()).isEqualTo(1564034571073L);
        assertThat(pos.balances()).containsExactly(
                new Balance("ETH", new BigDecimal("10000.000000"), new BigDecimal("0.000000")));
        OutboundAccountPosition two = (OutboundAccountPosition) SpotUserDataApi.decodeEvent(
                payload("spot-wsapi-event-outboundAccountPosition.doc.json"));
        assertThat(two.balances()).extracting(Balance::asset).containsExactly("BTC", "USDT");
        assertThat(two.balances().get(1).locked()).isEqualTo(new BigDecimal("70.00000000"));

        BalanceUpdate bal = (BalanceUpdate) SpotUserDataApi.decodeEvent(payload("spot-uds-balanceUpdate.doc.json"));
        assertThat(bal).isEqualTo(new BalanceUpdate(1573200697110L, "BTC", new BigDecimal("100.00000000"),
                1573200697068L));

        ListStatus list = (ListStatus) SpotUserDataApi.decodeEvent(payload("spot-uds-listStatus.doc.json"));
        assertThat(list.orderListId()).isEqualTo(2);
        assertThat(list.contingencyType()).isEqualTo("OCO");
        assertThat(list.listStatusType()).isEqualTo("EXEC_STARTED");
        assertThat(list.listOrderStatus()).isEqualTo("EXECUTING");
        assertThat(list.listRejectReason()).isEqualTo("NONE");
        assertThat(list.listClientOrderId()).isEqualTo("F4QN4G8DlFATFlIUQ0cjdD");
        assertThat(list.transactionTime()).isEqualTo(1564035303625L);
        assertThat(list.orders()).containsExactly(new OrderRef("ETHBTC", 17, "AJYsMjErWJesZvqlJCTUgL"),
                new OrderRef("ETHBTC", 18, "bfYPSQdLoqAJeNrOr9adzq"));

        assertThat(SpotUserDataApi.decodeEvent(payload("spot-uds-eventStreamTerminated.doc.json")))
                .isEqualTo(new EventStreamTerminated(1728973001334L));
        assertThat(SpotUserDataApi.decodeEvent(payload("spot-uds-externalLockUpdate.doc.json")))
                .isEqualTo(new ExternalLockUpdate(1581557507324L, "NEO", new BigDecimal("10.00000000"),
                        1581557507268L));
    }

    @Test
    void unknownEventTypesAndBrokenFramesReachTheListenerRaw() {
        List<String> unknown = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<ExecutionReport> reports = new ArrayList<>();
        SpotWsApiClient client = SpotWsApiClient.builder().build(); // never connected
        try {
            SpotUserDataApi api = client.userData();
            api.subscribe(new UserDataListener() {
                @Override
                public void onExecutionReport(ExecutionReport e) {
                    reports.add(e);
                }

                @Override
                public void onUnknownEvent(String eventType, String json) {
                    types.add(eventType);
                    unknown.add(json);
                }
            }); // fails (not connected) but the listener is set
            String future = "{\"subscriptionId\":0,\"event\":{\"e\":\"marginCallSomeday\",\"E\":1,\"x\":[1]}}";
            api.onFrame(future);
            api.onFrame("{\"subscriptionId\":0,\"event\":{\"e\":\"executionReport\",\"q\":\"not a number\"}}");
            api.onFrame(payload("spot-uds-executionReport.doc.json"));
            assertThat(types).containsExactly("marginCallSomeday", null);
            assertThat(unknown.get(0)).isEqualTo(future);
            assertThat(reports).hasSize(1);
            assertThat(api.undecodableEvents()).isEqualTo(1);
        } finally {
            client.close();
        }
        assertThat(SpotUserDataApi.decodeEvent("{\"subscriptionId\":0,\"event\":{\"e\":\"newThing\"}}")).isNull();
        assertThatThrownBy(() -> SpotUserDataApi.decodeEvent("[1,2]")).isInstanceOf(IllegalArgumentException.class);
    }
}
