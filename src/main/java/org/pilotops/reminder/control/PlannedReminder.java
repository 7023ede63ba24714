package org.pilotops.reminder.control;

import java.time.LocalDate;
import org.pilotops.reminder.entity.ReminderAudience;
import org.pilotops.reminder.entity.ReminderRuleCode;

/**
 * A reminder decided for a day, before its recipients are looked up: to whom (the audience, bound to a
 * city or a province), about what ({@code subject}, e.g. {@code city:12/2020}), anchored on which date, for
 * which day, and what it says. With the recipient it forms the unique key that makes it arrive once.
 *
 * @param linkPath the portal page that needs action, relative to the portal's base URL
 */
public record PlannedReminder(ReminderRuleCode rule, ReminderAudience audience, Long cityId, Integer provinceId,
                              String subject, LocalDate dueDate, LocalDate occurrence, String title, String body,
                              String linkPath) {
}
