package org.jmapx.binding.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConcurrentRequestsTest {
    private final ConcurrentRequests requests = new ConcurrentRequests(2);

    @Test
    void aUserShouldGetAsManySlotsAsTheLimitAndNoMore() {
        assertThat(requests.tryAcquire("bob")).isTrue();
        assertThat(requests.tryAcquire("bob")).isTrue();
        assertThat(requests.tryAcquire("bob")).isFalse();
        assertThat(requests.inProgress("bob")).isEqualTo(2);
    }

    @Test
    void usersShouldNotShareSlots() {
        requests.tryAcquire("bob");
        requests.tryAcquire("bob");

        assertThat(requests.tryAcquire("alice")).isTrue();
    }

    @Test
    void aReleasedSlotShouldBeFreeAgainAndAnIdleUserForgotten() {
        requests.tryAcquire("bob");
        requests.tryAcquire("bob");
        requests.release("bob");

        assertThat(requests.tryAcquire("bob")).isTrue();
        requests.release("bob");
        requests.release("bob");
        assertThat(requests.inProgress("bob")).isZero();
        // releasing more than was taken never goes below zero
        requests.release("bob");
        assertThat(requests.tryAcquire("bob")).isTrue();
        assertThat(requests.inProgress("bob")).isEqualTo(1);
    }
}
