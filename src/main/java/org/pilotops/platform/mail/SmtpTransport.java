package org.pilotops.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * Hands one mail to the configured SMTP server with Jakarta Mail: UTF-8 subject (RFC 2047 encoded) and
 * plain UTF-8 text, with time-outs so that a server out of reach fails the send instead of holding a
 * worker; the sender then ends its run there ({@link SmtpOutage}), so one time-out is waited per run, not
 * one per mail.
 */
@ApplicationScoped
public class SmtpTransport {

    private static final String TIMEOUT_MS = "15000";

    @Inject
    MailSettings settings;

    public void send(long outboxId, String recipient, String subject, String body) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        if (settings.starttls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (settings.username().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.username().get();
            String password = settings.password();
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        Session session = Session.getInstance(properties, authenticator);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("X-PilotOps-Outbox-Id", Long.toString(outboxId));
        Transport.send(message);
    }
}
