package io.tradewire.simulator.venue;

import java.util.ArrayList;
import java.util.List;

/**
 * The venue's mutable record of one order list (OCO, OTO or OTOCO). An OTOCO is an OTO whose pending part is an OCO
 * pair, as Binance reports it ({@code contingencyType} "OTO").
 */
final class VenueOrderList {
    static final String OCO = "OCO";
    static final String OTO = "OTO";

    final long orderListId;
    final Account account;
    final SymbolState symbol;
    final String listClientOrderId;
    final String contingencyType;
    final List<VenueOrder> orders = new ArrayList<>();
    /** OTO/OTOCO: the working order; null for an OCO. */
    VenueOrder working;
    /** The pending orders of an OTO/OTOCO (one or two). */
    final List<VenueOrder> pending = new ArrayList<>();
    /** The one-cancels-the-other pair: both legs of an OCO, or the pending pair of an OTOCO; else null. */
    VenueOrder[] pair;
    String listStatusType = "EXEC_STARTED";
    String listOrderStatus = "EXECUTING";
    long transactionTime;
    /** Set once the list reported ALL_DONE. */
    boolean done;
    /** When it reported ALL_DONE. */
    long closedAt;
    /** The OCO pair has a winner: one leg traded, triggered or ended, and the other was expired. */
    boolean pairResolved;
    /** Waiting in the venue call's queue of lists to update. */
    boolean queued;

    VenueOrderList(long orderListId, Account account, SymbolState symbol, String listClientOrderId,
                   String contingencyType, long transactionTime) {
        this.orderListId = orderListId;
        this.account = account;
        this.symbol = symbol;
        this.listClientOrderId = listClientOrderId;
        this.contingencyType = contingencyType;
        this.transactionTime = transactionTime;
    }

    boolean isOpen() {
        return !done;
    }

    /** The other leg of an OCO pair, or null. */
    VenueOrder sibling(VenueOrder o) {
        if (pair == null) {
            return null;
        }
        return pair[0] == o ? pair[1] : pair[1] == o ? pair[0] : null;
    }

    boolean allOrdersDone() {
        for (VenueOrder o : orders) {
            if (o.isOpen()) {
                return false;
            }
        }
        return true;
    }
}
