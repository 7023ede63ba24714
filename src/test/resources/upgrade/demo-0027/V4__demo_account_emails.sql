-- E-mail addresses for the demo accounts (reminders will write to them). The domain is reserved for
-- examples (RFC 2606), so no demo ever mails a real person.
UPDATE account SET email = CONCAT(username, '@pilotops.example') WHERE id BETWEEN 1 AND 6;
