package org.pilotops.summary.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.summary.entity.SubmissionTimeliness;
import org.pilotops.summary.entity.SummaryStatus;

/** The reporting and on-time rates of a year, per province and in all, on lines where every count is known. */
class SummaryOverviewTest {

    static final ProvinceDto JIANGSU = new ProvinceDto(320000, "江苏省", "Jiangsu", "PROVINCE", null);
    static final ProvinceDto ZHEJIANG = new ProvinceDto(330000, "浙江省", "Zhejiang", "PROVINCE", null);
    static final Instant EARLY = Instant.parse("2020-12-20T02:00:00Z");

    @Test
    void handedInCountsWhileSubmittedEndorsedOrAcceptedAndOnTimeByTheFirstSubmission() {
        SummaryOverview overview = SummaryOverview.of(2020, LocalDate.of(2020, 12, 31), true, List.of(
                line(1, JIANGSU, SummaryStatus.ACCEPTED, SubmissionTimeliness.ON_TIME, EARLY),
                line(2, JIANGSU, SummaryStatus.SUBMITTED, SubmissionTimeliness.LATE, EARLY),
                // Returned after an on-time submission: waits for the city again, so not handed in.
                line(3, JIANGSU, SummaryStatus.RETURNED, SubmissionTimeliness.ON_TIME, EARLY),
                line(4, ZHEJIANG, SummaryStatus.DRAFT, SubmissionTimeliness.NOT_DUE_YET, null),
                line(5, ZHEJIANG, SummaryStatus.ENDORSED, SubmissionTimeliness.ON_TIME, EARLY)));

        assertEquals(new SummaryOverview.Rates(5, 3, 2, 1), overview.all());
        assertEquals(2, overview.all().missing());
        assertEquals(new BigDecimal("0.6000"), overview.all().reportingRate());
        assertEquals(new BigDecimal("0.4000"), overview.all().onTimeRate());
        assertEquals(List.of(JIANGSU, ZHEJIANG), overview.provinces().stream().map(SummaryOverview.ProvinceRates::province).toList());
        assertEquals(new SummaryOverview.Rates(3, 2, 1, 1), overview.provinces().get(0).rates());
        assertEquals(new SummaryOverview.Rates(2, 1, 1, 0), overview.provinces().get(1).rates());
        assertEquals(1, overview.waitingForProvince());
        assertEquals(1, overview.waitingForNation());
        SummaryOverview withoutEndorsement = SummaryOverview.of(2020, LocalDate.of(2020, 12, 31), false, overview.cities());
        assertEquals(0, withoutEndorsement.waitingForProvince());
        assertEquals(1, withoutEndorsement.waitingForNation(), "national reviews the submitted one directly");

        JsonObject json = overview.toJson();
        assertEquals(5, json.getJsonArray("cities").size());
        assertEquals("浙江省", json.getJsonArray("provinces").getJsonObject(1).getString("nameZh"));
        assertEquals(0, new BigDecimal("0.5").compareTo(json.getJsonArray("provinces").getJsonObject(1)
                .getJsonNumber("reportingRate").bigDecimalValue()));
        assertEquals(jakarta.json.JsonValue.NULL, json.getJsonArray("cities").getJsonObject(3).get("onTime"));
    }

    @Test
    void noExpectedSummaryHasNoRateRatherThanADivisionByZero() {
        SummaryOverview overview = SummaryOverview.of(2017, LocalDate.of(2017, 12, 31), true, List.of());
        assertNull(overview.all().reportingRate());
        assertEquals(jakarta.json.JsonValue.NULL, overview.toJson().get("onTimeRate"));
    }

    private static SummaryOverview.Line line(long id, ProvinceDto province, SummaryStatus status,
                                             SubmissionTimeliness timeliness, Instant submittedAt) {
        CityDto city = new CityDto(id, "32000" + id, "城市" + id, "City " + id, province.id(), "PREFECTURE", 1, 2017,
                2020, "ACTIVE", false, List.of(), 0);
        return new SummaryOverview.Line(city, province, status, timeliness, submittedAt);
    }
}
