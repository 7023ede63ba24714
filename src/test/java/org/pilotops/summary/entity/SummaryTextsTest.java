package org.pilotops.summary.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.i18n.Messages;

/** Every refusal, state, action, area and indicator of the summaries has its words in both languages. */
class SummaryTextsTest {

    @Test
    void everyKeyTheSummariesUseExists() {
        List<String> keys = new ArrayList<>(List.of("problem.summary-state.title", "summary.not-submittable",
                "summary.target.not-main", "reporting-year.due-date-range", "summary.state.SUBMITTED.without-endorsement"));
        for (SummaryAction action : SummaryAction.values()) {
            keys.add("summary.refused." + action.name());
            keys.add("problem.not-allowed.summary." + action.name());
            keys.add("enum.SummaryAction." + action.name());
        }
        for (SummaryStatus status : SummaryStatus.values()) {
            keys.add("summary.state." + status.name());
            keys.add("enum.SummaryStatus." + status.name());
        }
        for (SummarySection section : SummarySection.values()) {
            keys.add("enum.SummarySection." + section.name());
        }
        for (SubmissionTimeliness timeliness : SubmissionTimeliness.values()) {
            keys.add("enum.SubmissionTimeliness." + timeliness.name());
        }
        for (Indicator indicator : Indicator.values()) {
            keys.add("indicator." + indicator.name());
        }
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : keys) {
                assertTrue(bundle.containsKey(key), () -> key + " in " + locale);
            }
        }
    }
}
