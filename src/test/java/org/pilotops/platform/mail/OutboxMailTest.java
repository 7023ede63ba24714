package org.pilotops.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a failed mail goes back in the queue: a queued or sending one is on its way, a sent one would arrive twice. */
class OutboxMailTest {

    @Test
    void onlyAFailedMailIsRequeueable() {
        assertEquals(List.of(MailStatus.FAILED),
                Arrays.stream(MailStatus.values()).filter(MailStatus::requeueable).toList());
    }

    @Test
    void aQueuedMailIsRefusedNamingItsStatus() {
        OutboxMail mail = new OutboxMail("test:1", "someone@pilotops.test", "主题", "正文", Instant.now());
        MailNotRequeueableException refused = assertThrows(MailNotRequeueableException.class,
                () -> mail.requeue(Instant.now()));
        assertEquals(409, refused.status());
        assertEquals("outbox-state", refused.problemType());
        assertEquals("status", refused.violations().get(0).field());
        assertEquals("outbox.state.QUEUED", refused.violations().get(0).key());
        assertEquals(MailStatus.QUEUED, mail.getStatus());
    }
}
