package org.pilotops.reminder.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What reminders say, in Chinese (the programme's language; the portal shows them as written). The
 * number of days is counted from the day a reminder is for, so a day caught up late still says what it
 * said on that day.
 */
final class ReminderTexts {

    private ReminderTexts() {
    }

    /** "还有 N 天截止", "今天截止" or "已逾期 N 天". */
    static String when(LocalDate due, LocalDate day) {
        long k = ChronoUnit.DAYS.between(due, day);
        if (k < 0) {
            return "还有 " + (-k) + " 天截止";
        }
        return k == 0 ? "今天截止" : "已逾期 " + k + " 天";
    }

    static String summaryDueTitle(DeadlineFacts.City city, int year, LocalDate due, LocalDate day) {
        return city.name() + " " + year + " 年度工作总结" + when(due, day);
    }

    static String summaryDueBody(DeadlineFacts.City city, int year, LocalDate due, LocalDate day) {
        String state = "DRAFT".equals(city.summaryStatus()) ? "已开始填写但尚未提交" : "尚未开始填写";
        return city.name() + " " + year + " 年度工作总结和下一年度工作计划的截止日期是 " + due + "（" + when(due, day)
                + "），目前" + state + "。请填写各部分总结和下一年度计划后提交省级审核。";
    }

    static String digestTitle(String scope, int year, int count) {
        return scope + " " + year + " 年度工作总结逾期汇总：" + count + " 个试点城市尚未提交";
    }

    static String digestBody(String scope, int year, LocalDate due, LocalDate day, List<DeadlineFacts.City> cities) {
        String list = cities.stream().map(c -> "· " + c.name() + "（" + status(c.summaryStatus()) + "）")
                .collect(Collectors.joining("\n"));
        return scope + " " + year + " 年度工作总结的截止日期是 " + due + "（" + when(due, day) + "），以下 " + cities.size()
                + " 个试点城市尚未提交：\n" + list;
    }

    static String returnedTitle(DeadlineFacts.City city, int year, LocalDate returnedOn, LocalDate day) {
        return city.name() + " " + year + " 年度工作总结已退回 " + ChronoUnit.DAYS.between(returnedOn, day) + " 天，尚未重新提交";
    }

    static String returnedBody(DeadlineFacts.City city, int year, LocalDate returnedOn) {
        return city.name() + " " + year + " 年度工作总结于 " + returnedOn + " 被退回修改，至今尚未重新提交。"
                + "请按审核意见修改后重新提交。";
    }

    static String casesTitle(DeadlineFacts.City city, int year, LocalDate due, LocalDate day) {
        return city.name() + " " + year + " 年典型成功案例" + when(due, day);
    }

    static String casesBody(DeadlineFacts.City city, int year, LocalDate due, LocalDate day) {
        return year + " 年典型成功案例的截止日期是 " + due + "（" + when(due, day) + "），" + city.name()
                + "尚未提交任何案例。请按试点工作内容撰写并提交典型成功案例。";
    }

    static String status(String summaryStatus) {
        return switch (summaryStatus) {
            case "NOT_STARTED" -> "未开始";
            case "DRAFT" -> "草稿";
            case "RETURNED" -> "已退回";
            default -> summaryStatus;
        };
    }
}
