package io.tradewire.client.spot;

import io.tradewire.core.error.BinanceApiException;

/**
 * {@code order.cancelReplace} failed in part (409, -2021) or entirely (400, -2022): the venue said what each part
 * did. Unlike a plain {@link BinanceApiException}, part of the request may have taken effect: check
 * {@link CancelReplaceResult#canceled()} and {@link CancelReplaceResult#placed()}. The venue's error is the
 * {@link #getCause() cause} and {@link #error()}.
 */
public final class CancelReplaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient CancelReplaceResult result;

    /**
     * @param error  the venue's error (-2021 or -2022)
     * @param result what each part did
     */
    public CancelReplaceException(BinanceApiException error, CancelReplaceResult result) {
        super("order.cancelReplace: cancel " + result.cancelResult() + ", new order " + result.newOrderResult()
                + describe(result), error);
        this.result = result;
    }

    private static String describe(CancelReplaceResult r) {
        StringBuilder sb = new StringBuilder();
        if (r.cancelError() != null) {
            sb.append("; cancel error ").append(r.cancelError().code()).append(' ')
                    .append(r.cancelError().binanceMessage());
        }
        if (r.newOrderError() != null) {
            sb.append("; new order error ").append(r.newOrderError().code()).append(' ')
                    .append(r.newOrderError().binanceMessage());
        }
        return sb.toString();
    }

    /** @return the venue's error for the request as a whole */
    public BinanceApiException error() {
        return (BinanceApiException) getCause();
    }

    /** @return what each part did */
    public CancelReplaceResult result() {
        return result;
    }
}
