package io.tradewire.core.filter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientOrderIdRuleTest {
    @Test
    void acceptsWhatBinanceAccepts() {
        assertThat(ClientOrderIdRule.isValid("4d96324ff9d44481926157")).isTrue();
        assertThat(ClientOrderIdRule.isValid("my_order-1")).isTrue();
        assertThat(ClientOrderIdRule.isValid("x".repeat(36))).isTrue();
    }

    @Test
    void rejectsWhatBinanceRejects() {
        assertThat(ClientOrderIdRule.isValid(null)).isFalse();
        assertThat(ClientOrderIdRule.isValid("")).isFalse();
        assertThat(ClientOrderIdRule.isValid("x".repeat(37))).isFalse();
        assertThat(ClientOrderIdRule.isValid("a.b")).isFalse();
        assertThat(ClientOrderIdRule.isValid("a b")).isFalse();
        assertThat(ClientOrderIdRule.isValid("a:b/c")).isFalse();
    }
}
