package io.tradewire.simulator.server;

import io.tradewire.core.time.ManualClock;
import io.tradewire.simulator.market.MarketData;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamTopicTest {
    private final MarketData data = MarketData.attach(new Venue(SymbolSpec.defaults(), new ManualClock(0)),
            new ManualClock(0));

    @Test
    void theDefaultDepthSpeedMayBeSpelledOutAsTheOfficialConnectorDoes() {
        StreamTopic diff = StreamTopic.parse("btcusdt@depth@1000ms", data);
        assertThat(diff.kind).isEqualTo(StreamTopic.Kind.DEPTH_DIFF);
        assertThat(diff.fast).isFalse();
        StreamTopic partial = StreamTopic.parse("btcusdt@depth10@1000ms", data);
        assertThat(partial.kind).isEqualTo(StreamTopic.Kind.DEPTH_PARTIAL);
        assertThat(partial.levels).isEqualTo(10);
        assertThat(partial.fast).isFalse();
        assertThat(StreamTopic.parse("btcusdt@depth@100ms", data).fast).isTrue();
        assertThat(StreamTopic.parse("btcusdt@depth@500ms", data)).isNull();
    }
}
