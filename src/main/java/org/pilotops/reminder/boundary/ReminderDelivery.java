package org.pilotops.reminder.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pilotops.account.boundary.AccountDirectory;
import org.pilotops.account.boundary.AccountDto;
import org.pilotops.platform.mail.MailOutbox;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.reminder.control.DeadlineFacts;
import org.pilotops.reminder.control.PlannedReminder;
import org.pilotops.reminder.control.ReminderPlanner;
import org.pilotops.reminder.entity.Notification;
import org.pilotops.reminder.entity.ReminderRule;
import org.pilotops.reminder.entity.ReminderRuleCode;
import org.pilotops.summary.boundary.SummaryDeadlines;

/**
 * Decides and stores one rule's reminders of one day, in one transaction: reads the facts, plans, and for
 * each recipient inserts the reminder row with {@code INSERT IGNORE}; only when the row is new does the
 * same transaction add the notification and, for an account with an e-mail address, the outbox mail. The
 * unique key {@code (rule, recipient, subject, due date, occurrence)} makes every reminder arrive once,
 * however many runs of the day there are and on however many nodes: a concurrent run waits on the key and
 * then finds it taken.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReminderDelivery {

    static final String DEFAULT_BASE_URL = "http://localhost:8080/";

    @PersistenceContext
    EntityManager em;

    @Inject
    SummaryDeadlines summaries;

    @Inject
    AccountDirectory accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    Instance<CaseSubmissions> caseSubmissions;

    @Inject
    ApplicationClock clock;

    @Inject
    @ConfigProperty(name = "pilotops.portal.baseUrl", defaultValue = DEFAULT_BASE_URL)
    String baseUrl;

    /**
     * Stores the reminders of {@code code} for {@code day}; answers how many were new. A concurrent run of
     * the same day can make the two transactions deadlock on the unique key: the victim is made again, and
     * then finds the rows taken.
     */
    @RetriedOnDeadlock
    public int deliver(ReminderRuleCode code, LocalDate day, LocalDate today) {
        ReminderRule rule = em.createQuery("select r from ReminderRule r where r.code = :code", ReminderRule.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (rule == null || !rule.isEnabled()) {
            return 0;
        }
        List<PlannedReminder> planned = ReminderPlanner.plan(rule, facts(code), day, today);
        Map<String, List<AccountDto>> recipients = new HashMap<>();
        // A reminder is a programme event: it is dated by the application clock, like the deadline it is about.
        Instant now = clock.now().toInstant();
        int created = 0;
        for (PlannedReminder reminder : planned) {
            List<AccountDto> to = recipients.computeIfAbsent(reminder.audience() + ":" + reminder.cityId() + ":"
                    + reminder.provinceId(), k -> recipientsOf(reminder));
            for (AccountDto account : to) {
                int inserted = em.createNativeQuery("INSERT IGNORE INTO reminder (rule_code, account_id, subject, due_date,"
                                + " occurrence, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .setParameter(1, code.name()).setParameter(2, account.id()).setParameter(3, reminder.subject())
                        .setParameter(4, Date.valueOf(reminder.dueDate())).setParameter(5, Date.valueOf(reminder.occurrence()))
                        .setParameter(6, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)))
                        .executeUpdate();
                if (inserted == 1) {
                    long reminderId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
                    deliver(reminderId, account, reminder, now);
                    created++;
                }
            }
        }
        return created;
    }

    private void deliver(long reminderId, AccountDto account, PlannedReminder reminder, Instant now) {
        // In the portal the page is opened relative to wherever the portal runs; a mail needs the full address.
        em.persist(new Notification(account.id(), reminderId, reminder.title(), reminder.body(), reminder.linkPath(), now));
        String link = link(reminder.linkPath());
        if (account.email() != null && !account.email().isBlank()) {
            outbox.enqueue("reminder:" + reminderId, account.email(), "【试点城市工作平台】" + reminder.title(),
                    account.displayName() + "，您好：\n\n" + reminder.body() + "\n\n请登录平台办理：" + link
                            + "\n\n——\n中小企业知识产权战略推进工程试点城市工作平台（PilotOps）\n此邮件由系统自动发送，请勿直接回复。");
        }
    }

    private List<AccountDto> recipientsOf(PlannedReminder reminder) {
        return switch (reminder.audience()) {
            case CITY_REPORTERS -> accounts.recipients(Role.CITY_REPORTER, reminder.cityId(), null);
            case PROVINCE_REVIEWERS -> accounts.recipients(Role.PROVINCE_REVIEWER, null, reminder.provinceId());
            case NATIONAL_REVIEWERS -> accounts.recipients(Role.NATIONAL_REVIEWER, null, null);
        };
    }

    /** The facts of every reporting year, read now from the database. */
    private List<DeadlineFacts> facts(ReminderRuleCode code) {
        List<DeadlineFacts> years = new ArrayList<>();
        for (SummaryDeadlines.YearDeadlines year : summaries.years()) {
            if (code == ReminderRuleCode.CASE_COMPILATION_DUE && year.caseCompilationDueDate() == null) {
                continue;
            }
            List<DeadlineFacts.City> cities = summaries.cities(year.year()).stream()
                    .map(c -> new DeadlineFacts.City(c.cityId(), c.cityName(), c.provinceId(), c.provinceName(), c.status(),
                            c.returnedOn()))
                    .toList();
            Set<Long> withCase = code == ReminderRuleCode.CASE_COMPILATION_DUE ? citiesWithSubmittedCase(year.year()) : Set.of();
            years.add(new DeadlineFacts(year.year(), year.summaryDueDate(), year.caseCompilationDueDate(), cities, withCase));
        }
        return years;
    }

    /** Through the {@link CaseSubmissions} seam (the cases feature's bean); without one no city has a case. */
    private Set<Long> citiesWithSubmittedCase(int year) {
        if (caseSubmissions.isUnsatisfied()) {
            return Set.of();
        }
        return caseSubmissions.get().citiesWithSubmittedCase(year);
    }

    /**
     * The latest day a run computed, or null. In a transaction of its own, as the class says: the daily job
     * calls it on a Quartz thread, where no transaction surrounds it.
     */
    public LocalDate lastComputedDay() {
        Object last = em.createNativeQuery("SELECT MAX(day) FROM reminder_day").getSingleResult();
        if (last == null) {
            return null;
        }
        return last instanceof Date d ? d.toLocalDate() : (LocalDate) last;
    }

    /** Records that {@code day} was computed (again). */
    public void computed(LocalDate day, int reminders) {
        em.createNativeQuery("INSERT INTO reminder_day (day, processed_at, reminders) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE processed_at = VALUES(processed_at), reminders = reminders + VALUES(reminders)")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)))
                .setParameter(3, reminders).executeUpdate();
    }

    private String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + path;
    }
}
