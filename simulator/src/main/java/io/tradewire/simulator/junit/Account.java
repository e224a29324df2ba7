package io.tradewire.simulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks which generated account a {@link TestAccount} parameter receives (default the first, index 0).
 *
 * <pre>{@code
 * @Test void selfTrade(TestAccount trader, @Account(1) TestAccount counterparty) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Account {
    /**
     * The account's index in {@link TestAccounts}.
     *
     * @return the index
     */
    int value();
}
