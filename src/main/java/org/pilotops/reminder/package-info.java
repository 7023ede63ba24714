/**
 * Reminders that arrive exactly once (SPEC §7) and the in-app notifications they make.
 *
 * <p>{@code entity}: the rules national reviewers edit ({@code ReminderRule}: offsets from an anchor date,
 * repetition, horizon; what each rule is about is its {@code ReminderRuleCode}) and {@code Notification}.
 * {@code control}: the pure arithmetic — which days a run computes ({@code ReminderCalendar}: catch-up
 * window) and which reminders a rule makes on a day ({@code ReminderPlanner}, with the Chinese texts).
 * {@code boundary}: {@code ReminderJob} (daily, 09:00 Beijing) → {@code ReminderService} →
 * {@code ReminderDelivery}, which stores each reminder under its unique key with its notification and its
 * outbox mail in one transaction; the rules, notifications and their REST resources; and
 * {@code CaseSubmissions}, the seam the typical-cases feature (issue #10) fills.
 *
 * <p>Notifications live here rather than in a feature of their own: today every notification comes from a
 * reminder, made in the reminder's transaction. The table is already general (a notification need not
 * have a reminder), so when a second source appears, {@code Notification} and its service can move to a
 * {@code notification} feature that both use.
 */
package org.pilotops.reminder;
