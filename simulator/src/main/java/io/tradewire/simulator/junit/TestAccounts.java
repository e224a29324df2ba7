package io.tradewire.simulator.junit;

import java.util.List;

/** All accounts generated for the test class's simulator, in the order the extension was configured with. */
public final class TestAccounts {
    private final List<TestAccount> accounts;

    TestAccounts(List<TestAccount> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /**
     * One account.
     *
     * @param index 0-based
     * @return the account
     */
    public TestAccount get(int index) {
        if (index < 0 || index >= accounts.size()) {
            throw new IndexOutOfBoundsException("account " + index + " of " + accounts.size());
        }
        return accounts.get(index);
    }

    /**
     * All accounts.
     *
     * @return unmodifiable list
     */
    public List<TestAccount> all() {
        return accounts;
    }

    /**
     * How many there are.
     *
     * @return the count
     */
    public int size() {
        return accounts.size();
    }

    @Override
    public String toString() {
        return "TestAccounts" + accounts;
    }
}
