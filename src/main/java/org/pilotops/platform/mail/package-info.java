/**
 * E-mail through an outbox table: features queue mails in their own transaction
 * ({@link org.pilotops.platform.mail.MailOutbox}); {@link org.pilotops.platform.mail.OutboxJob} sends them
 * every minute through the SMTP server of {@code pilotops.mail.*} with Jakarta Mail, claiming rows before
 * sending so that no mail is sent twice, retrying with exponential backoff, and keeping failed mails with
 * their reason, so none is lost. Without a server, or while it cannot be reached, mails stay queued without
 * spending attempts and are visible at {@code /api/v1/outbox}.
 */
package org.pilotops.platform.mail;
