package org.pilotops.platform.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server out of reach spends no attempt; a mail the server turns down does (issue 21 §3). */
class SmtpOutageTest {

    @Test
    void aRefusedConnectionAsJakartaMailReportsItIsAnOutage() throws IOException {
        int nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = socket.getLocalPort();
        }
        MessagingException refused = assertThrows(MessagingException.class,
                () -> transportTo(nobodyListens).send(1, "someone@pilotops.test", "主题", "正文"));
        assertTrue(SmtpOutage.isOutage(refused), refused::toString);
    }

    @Test
    void anUnreachableOrUnknownHostOrAConnectTimeOutIsAnOutage() {
        assertTrue(SmtpOutage.isOutage(new MessagingException("Could not connect to SMTP host",
                new ConnectException("Connection refused"))));
        assertTrue(SmtpOutage.isOutage(new MessagingException("Could not connect to SMTP host",
                new NoRouteToHostException("No route to host"))));
        assertTrue(SmtpOutage.isOutage(new MessagingException("Unknown SMTP host: smtp.pilotops.invalid",
                new UnknownHostException("smtp.pilotops.invalid"))));
        assertTrue(SmtpOutage.isOutage(new MessagingException("Could not connect to SMTP host",
                new SocketTimeoutException("Connect timed out"))));
        assertTrue(SmtpOutage.isOutage(new MailConnectException(new SocketConnectException(
                new SocketTimeoutException("connect timed out")))), "known by the implementation's class names");
    }

    @Test
    void aMailTheServerTurnsDownOrATimeOutWhileTalkingIsNot() {
        assertFalse(SmtpOutage.isOutage(new SendFailedException("550 5.1.1 recipient unknown")));
        assertFalse(SmtpOutage.isOutage(new AddressException("Illegal address", "a b@@pilotops")));
        assertFalse(SmtpOutage.isOutage(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"))), "the mail may have left");
        assertFalse(SmtpOutage.isOutage(new IllegalStateException("unexpected")));
    }

    @Test
    void aCauseChainWithALoopEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(SmtpOutage.isOutage(first));
    }

    static SmtpTransport transportTo(int port) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("127.0.0.1");
        settings.port = port;
        settings.username = Optional.empty();
        settings.password = Optional.empty();
        settings.from = "noreply@pilotops.test";
        SmtpTransport transport = new SmtpTransport();
        transport.settings = settings;
        return transport;
    }

    /** Named like Jakarta Mail's implementation classes, which the classification knows by name. */
    static final class MailConnectException extends MessagingException {
        MailConnectException(Exception cause) {
            super("Couldn't connect to host, port: 127.0.0.1, 25; timeout 15000", cause);
        }
    }

    static final class SocketConnectException extends IOException {
        SocketConnectException(Exception cause) {
            super("connect failed", cause);
        }
    }
}
