package io.tradewire.client.spot;

/** Request weights and order counts of Spot WebSocket API methods, from the reference. */
final class SpotWeights {
    private SpotWeights() {
    }

    static int weight(String method) {
        switch (method) {
            case "exchangeInfo":
                return 20;
            case "session.logon":
            case "session.status":
            case "session.logout":
                return 2;
            case "order.status":
                return 4;
            default:
                return 1; // ping, time, order.place, order.cancel
        }
    }

    static int orders(String method) {
        return "order.place".equals(method) ? 1 : 0;
    }
}
