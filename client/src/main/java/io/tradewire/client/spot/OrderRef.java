package io.tradewire.client.spot;

/**
 * An order named in an order list: symbol, id and client order id.
 *
 * @param symbol        symbol
 * @param orderId       venue order id
 * @param clientOrderId client order id
 */
public record OrderRef(String symbol, long orderId, String clientOrderId) {
}
