package io.tradewire.simulator;

import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.simulator.config.MarketToml;
import io.tradewire.simulator.venue.SymbolSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketFileTest {
    private static final String GOOD = "[[symbol]]\nsymbol = \"SOLUSDT\"\nbase_asset = \"SOL\"\nquote_asset = \"USDT\"\n"
            + "tick_size = \"0.01\"\nstep_size = \"0.001\"\nmin_notional = \"5\"\nreference_price = \"150\"\n"
            + "[[symbol]]\nsymbol = \"SOLBTC\"\nbase_asset = \"SOL\"\nquote_asset = \"BTC\"\ntick_size = \"0.0000001\"\n"
            + "step_size = \"0.01\"\nmax_qty = \"100000\"\nreference_price = \"0.0025\"\nstatus = \"HALT\"\n";

    @Test
    void readsSymbolsWithDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("market.toml");
        Files.writeString(f, GOOD);
        List<SymbolSpec> symbols = MarketFile.load(f);
        assertThat(symbols).extracting(SymbolSpec::symbol).containsExactly("SOLUSDT", "SOLBTC");
        SymbolSpec sol = symbols.get(0);
        assertThat(sol.filters().tickSize()).isEqualByComparingTo("0.01");
        assertThat(sol.filters().minPrice()).isEqualByComparingTo("0.01");
        assertThat(sol.filters().minQty()).isEqualByComparingTo("0.001");
        assertThat(sol.filters().minNotional()).isEqualByComparingTo("5");
        assertThat(sol.referencePrice()).isEqualByComparingTo("150");
        assertThat(symbols.get(1).status()).isEqualTo(SymbolStatus.HALT);
        assertThat(symbols.get(1).filters().maxQty()).isEqualByComparingTo("100000");
    }

    @Test
    void aSimulatorServesTheConfiguredMarket(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("market.toml");
        Files.writeString(f, GOOD);
        try (Simulator sim = Simulator.builder().symbols(MarketFile.load(f)).build().start()) {
            assertThat(sim.venue().symbol("SOLUSDT")).isPresent();
            assertThat(sim.venue().symbol("BTCUSDT")).isEmpty();
        }
    }

    @Test
    void errorsNameTheTableAndTheField() {
        assertThatThrownBy(() -> MarketToml.parse("[[symbol]]\nsymbol = \"X\"\n", "m.toml"))
                .hasMessage("m.toml: [[symbol]] #1: tick_size is required");
        assertThatThrownBy(() -> MarketToml.parse(GOOD + "[[symbol]]\nsymbol = \"SOLUSDT\"\n", "m.toml"))
                .hasMessage("m.toml: [[symbol]] #3: symbol SOLUSDT is listed twice");
        assertThatThrownBy(() -> MarketToml.parse(GOOD.replace("tick_size = \"0.01\"", "tick_size = \"abc\""), "m.toml"))
                .hasMessageContaining("[[symbol]] #1: tick_size 'abc' must be a non-negative decimal");
        assertThatThrownBy(() -> MarketToml.parse(GOOD.replace("step_size = \"0.001\"", "step = \"0.001\""), "m.toml"))
                .hasMessage("m.toml: [[symbol]] #1: unknown field 'step'");
        assertThatThrownBy(() -> MarketToml.parse(GOOD.replace("HALT", "SLEEPING"), "m.toml"))
                .hasMessageContaining("status 'SLEEPING' is not one of");
        assertThatThrownBy(() -> MarketToml.parse("x = 1\n", "m.toml")).hasMessage("m.toml: no [[symbol]] tables found");
    }
}
