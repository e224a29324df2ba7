package io.tradewire.client.spot;

import io.tradewire.core.error.BinanceApiException;

/**
 * What {@code order.cancelReplace} did, part by part. On full success (status 200) both parts succeeded; on a
 * partial or complete failure the same value is carried by {@link CancelReplaceException#result()}.
 *
 * @param cancelResult      {@code SUCCESS} or {@code FAILURE}
 * @param newOrderResult    {@code SUCCESS}, {@code FAILURE} or {@code NOT_ATTEMPTED}
 * @param cancelResponse    the canceled order, or null (failed, or the order belonged to a list)
 * @param canceledOrderList the canceled order list when the order belonged to one, otherwise null
 * @param cancelError       why the cancel failed, or null
 * @param newOrderResponse  the new order, or null (failed or not attempted)
 * @param newOrderError     why the new order failed, or null
 */
public record CancelReplaceResult(String cancelResult, String newOrderResult, OrderResponse cancelResponse,
                                  OrderListResponse canceledOrderList, BinanceApiException cancelError,
                                  OrderResponse newOrderResponse, BinanceApiException newOrderError) {
    /** @return whether the old order was canceled */
    public boolean canceled() {
        return "SUCCESS".equals(cancelResult);
    }

    /** @return whether the new order was placed */
    public boolean placed() {
        return "SUCCESS".equals(newOrderResult);
    }
}
