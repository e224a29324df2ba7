package io.tradewire.client.wsapi;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PendingTableTest {
    private static final class E implements PendingTable.Entry {
        final long id;
        final long deadline;

        E(long id, long deadline) {
            this.id = id;
            this.deadline = deadline;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public long deadlineNs() {
            return deadline;
        }
    }

    @Test
    void findsAndRemovesById() {
        PendingTable<E> t = new PendingTable<>(16);
        for (long id = 1; id <= 10; id++) {
            t.put(new E(id, 100 + id));
        }
        assertThat(t.size()).isEqualTo(10);
        assertThat(t.remove(4).id).isEqualTo(4);
        assertThat(t.remove(4)).isNull();
        assertThat(t.remove(4 + 16)).as("same slot, other id").isNull();
        assertThat(t.size()).isEqualTo(9);
    }

    @Test
    void growsWhenAnOldRequestIsStillPendingARingLater() {
        PendingTable<E> t = new PendingTable<>(16);
        t.put(new E(1, 0));
        for (long id = 2; id <= 40; id++) {
            t.put(new E(id, 0));
            t.remove(id);
        }
        t.put(new E(17, 0)); // slot of id 1 in a 16-ring: forces growth, keeps id 1
        assertThat(t.remove(1).id).isEqualTo(1);
        assertThat(t.remove(17).id).isEqualTo(17);
    }

    @Test
    void sweepRemovesExpiredOldestFirstAndStopsAtTheFirstInTime() {
        PendingTable<E> t = new PendingTable<>(16);
        for (long id = 1; id <= 6; id++) {
            t.put(new E(id, id * 10));
        }
        t.remove(2); // answered
        List<E> expired = new ArrayList<>();
        t.removeExpired(35, 7, expired);
        assertThat(expired).extracting(e -> e.id).containsExactly(1L, 3L);
        assertThat(t.size()).isEqualTo(3);
        t.removeExpired(1000, 7, expired);
        assertThat(expired).extracting(e -> e.id).containsExactly(4L, 5L, 6L);
        assertThat(t.size()).isZero();
    }

    @Test
    void removeAllReturnsEverythingInSendOrder() {
        PendingTable<E> t = new PendingTable<>(16);
        for (long id = 30; id >= 1; id--) {
            t.put(new E(id, 0));
        }
        assertThat(t.removeAll()).extracting(e -> e.id).startsWith(1L, 2L, 3L).endsWith(30L).hasSize(30);
        assertThat(t.size()).isZero();
    }
}
