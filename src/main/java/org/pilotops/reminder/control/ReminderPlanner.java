package org.pilotops.reminder.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pilotops.reminder.entity.ReminderAudience;
import org.pilotops.reminder.entity.ReminderRule;
import org.pilotops.reminder.entity.ReminderRuleCode;

/**
 * Decides which reminders one rule makes on one day, from the facts of every reporting year: the rule
 * arithmetic of {@link ReminderRule#remindsOn} applied to each deadline, and who is concerned. Pure: the
 * same facts give the same reminders in the same order (cities and provinces ascending), which also keeps
 * concurrent runs inserting their keys in one order.
 */
public final class ReminderPlanner {

    private ReminderPlanner() {
    }

    /**
     * @param day   the day the reminders are for
     * @param today today by the application clock (after {@code day} when a missed day is caught up)
     */
    public static List<PlannedReminder> plan(ReminderRule rule, List<DeadlineFacts> years, LocalDate day, LocalDate today) {
        List<PlannedReminder> planned = new ArrayList<>();
        if (!rule.isEnabled()) {
            return planned;
        }
        for (DeadlineFacts year : years) {
            switch (rule.getCode()) {
                case SUMMARY_DUE -> summaryDue(rule, year, day, today, planned);
                case SUMMARY_OVERDUE_PROVINCE_DIGEST -> provinceDigest(rule, year, day, today, planned);
                case SUMMARY_OVERDUE_NATIONAL_DIGEST -> nationalDigest(rule, year, day, today, planned);
                case SUMMARY_RETURNED -> returned(rule, year, day, today, planned);
                case CASE_COMPILATION_DUE -> cases(rule, year, day, today, planned);
            }
        }
        return planned;
    }

    private static void summaryDue(ReminderRule rule, DeadlineFacts year, LocalDate day, LocalDate today,
                                   List<PlannedReminder> planned) {
        LocalDate due = year.summaryDueDate();
        if (!rule.remindsOn(due, day, today)) {
            return;
        }
        for (DeadlineFacts.City city : year.cities()) {
            if (city.notSubmitted()) {
                planned.add(new PlannedReminder(rule.getCode(), ReminderAudience.CITY_REPORTERS, city.id(), null,
                        citySubject(city, year), due, day,
                        ReminderTexts.summaryDueTitle(city, year.year(), due, day),
                        ReminderTexts.summaryDueBody(city, year.year(), due, day),
                        summaryPage(city, year)));
            }
        }
    }

    private static void provinceDigest(ReminderRule rule, DeadlineFacts year, LocalDate day, LocalDate today,
                                       List<PlannedReminder> planned) {
        LocalDate due = year.summaryDueDate();
        if (!day.isAfter(due) || !rule.remindsOn(due, day, today)) {
            return;
        }
        Map<Integer, List<DeadlineFacts.City>> byProvince = new TreeMap<>();
        for (DeadlineFacts.City city : year.cities()) {
            if (city.outstanding()) {
                byProvince.computeIfAbsent(city.provinceId(), p -> new ArrayList<>()).add(city);
            }
        }
        byProvince.forEach((province, cities) -> {
            String scope = cities.get(0).provinceName();
            planned.add(new PlannedReminder(rule.getCode(), ReminderAudience.PROVINCE_REVIEWERS, null, province,
                    "province:" + province + "/" + year.year(), due, day,
                    ReminderTexts.digestTitle(scope, year.year(), cities.size()),
                    ReminderTexts.digestBody(scope, year.year(), due, day, cities),
                    "summary/list.xhtml?year=" + year.year()));
        });
    }

    private static void nationalDigest(ReminderRule rule, DeadlineFacts year, LocalDate day, LocalDate today,
                                       List<PlannedReminder> planned) {
        LocalDate due = year.summaryDueDate();
        if (!day.isAfter(due) || !rule.remindsOn(due, day, today)) {
            return;
        }
        List<DeadlineFacts.City> cities = year.cities().stream().filter(DeadlineFacts.City::outstanding).toList();
        if (!cities.isEmpty()) {
            planned.add(new PlannedReminder(rule.getCode(), ReminderAudience.NATIONAL_REVIEWERS, null, null,
                    "nation/" + year.year(), due, day,
                    ReminderTexts.digestTitle("全国", year.year(), cities.size()),
                    ReminderTexts.digestBody("全国", year.year(), due, day, cities),
                    "summary/list.xhtml?year=" + year.year()));
        }
    }

    private static void returned(ReminderRule rule, DeadlineFacts year, LocalDate day, LocalDate today,
                                 List<PlannedReminder> planned) {
        for (DeadlineFacts.City city : year.cities()) {
            LocalDate returnedOn = city.returnedOn();
            if ("RETURNED".equals(city.summaryStatus()) && returnedOn != null && rule.remindsOn(returnedOn, day, today)) {
                planned.add(new PlannedReminder(rule.getCode(), ReminderAudience.CITY_REPORTERS, city.id(), null,
                        citySubject(city, year), returnedOn, day,
                        ReminderTexts.returnedTitle(city, year.year(), returnedOn, day),
                        ReminderTexts.returnedBody(city, year.year(), returnedOn),
                        summaryPage(city, year)));
            }
        }
    }

    private static void cases(ReminderRule rule, DeadlineFacts year, LocalDate day, LocalDate today,
                              List<PlannedReminder> planned) {
        LocalDate due = year.caseCompilationDueDate();
        if (due == null || !rule.remindsOn(due, day, today)) {
            return;
        }
        for (DeadlineFacts.City city : year.cities()) {
            if (!year.citiesWithSubmittedCase().contains(city.id())) {
                planned.add(new PlannedReminder(rule.getCode(), ReminderAudience.CITY_REPORTERS, city.id(), null,
                        citySubject(city, year), due, day,
                        ReminderTexts.casesTitle(city, year.year(), due, day),
                        ReminderTexts.casesBody(city, year.year(), due, day),
                        "cases/list.xhtml?city=" + city.id()));
            }
        }
    }

    private static String citySubject(DeadlineFacts.City city, DeadlineFacts year) {
        return "city:" + city.id() + "/" + year.year();
    }

    private static String summaryPage(DeadlineFacts.City city, DeadlineFacts year) {
        return "summary/edit.xhtml?city=" + city.id() + "&year=" + year.year();
    }

    /** Every rule code, in the order a day's run computes them. */
    public static List<ReminderRuleCode> order() {
        return List.of(ReminderRuleCode.values());
    }
}
