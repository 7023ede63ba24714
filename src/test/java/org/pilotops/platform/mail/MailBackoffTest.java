package org.pilotops.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailBackoffTest {

    @Test
    void theWaitDoublesFromOneMinuteUpToSixHours() {
        assertEquals(Duration.ofMinutes(1), MailBackoff.after(1));
        assertEquals(Duration.ofMinutes(2), MailBackoff.after(2));
        assertEquals(Duration.ofMinutes(64), MailBackoff.after(7));
        assertEquals(Duration.ofHours(6), MailBackoff.after(10));
        assertEquals(Duration.ofHours(6), MailBackoff.after(1000));
        assertEquals(Duration.ZERO, MailBackoff.after(0));
    }
}
