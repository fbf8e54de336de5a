package org.jmapx.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.jmapx.engine.testing.SharingFixture;

class ShareAuditLogTest {
    private final SharingFixture fixture = new SharingFixture();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ShareAuditLog.class);

    @BeforeEach
    void captureTheAuditLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    @Test
    void everyRightsChangeShouldBeLoggedWithWhoWhatAndTheOldAndNewRights() throws Exception {
        String team = fixture.notebook("{'name': 'Team'}");
        fixture.share(team, "{'bob': {'mayReadItems': true}}");
        fixture.shareChanges.forEach(new ShareAuditLog()::sharesChanged);

        assertThat(logged.list).hasSize(1);
        String message = logged.list.get(0).getFormattedMessage();
        assertThat(message).contains("alice", "Notebook", team, "bob", "null -> ", "\"mayReadItems\":true");
    }
}
