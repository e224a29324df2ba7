package io.tradewire.simulator.matching;

import java.util.ArrayList;
import java.util.List;

/** Records every callback as a comparable line, and keeps typed trade records for property checks. */
final class RecordingListener implements MatchListener {
    record Trade(long taker, long maker, long price, long qty, boolean takerIsBuy) {
    }

    record Done(long orderId, long remaining, DoneReason reason) {
    }

    record Prevented(long taker, long maker, long price, long takerQty, long makerQty) {
    }

    final List<String> events = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();
    final List<Done> done = new ArrayList<>();
    final List<Long> rested = new ArrayList<>();
    final List<long[]> makerExpired = new ArrayList<>();
    final List<Prevented> prevented = new ArrayList<>();

    @Override
    public void onPreventedMatch(long taker, long maker, long price, long takerQty, long makerQty) {
        events.add("prevented " + taker + " " + maker + " " + price + " " + takerQty + " " + makerQty);
        prevented.add(new Prevented(taker, maker, price, takerQty, makerQty));
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, long priceScaled, long qtyScaled, boolean takerIsBuy) {
        events.add("trade " + takerOrderId + " " + makerOrderId + " " + priceScaled + " " + qtyScaled + " " + takerIsBuy);
        trades.add(new Trade(takerOrderId, makerOrderId, priceScaled, qtyScaled, takerIsBuy));
    }

    @Override
    public void onRested(long orderId) {
        events.add("rested " + orderId);
        rested.add(orderId);
    }

    @Override
    public void onTakerDone(long orderId, long remainingQtyScaled, DoneReason reason) {
        events.add("done " + orderId + " " + remainingQtyScaled + " " + reason);
        done.add(new Done(orderId, remainingQtyScaled, reason));
    }

    @Override
    public void onMakerExpired(long makerOrderId, long remainingQtyScaled) {
        events.add("makerExpired " + makerOrderId + " " + remainingQtyScaled);
        makerExpired.add(new long[] {makerOrderId, remainingQtyScaled});
    }

    void clear() {
        events.clear();
        trades.clear();
        done.clear();
        rested.clear();
        makerExpired.clear();
        prevented.clear();
    }
}
