package org.pilotops.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What time it is for the programme. In production the system clock in Asia/Shanghai, where the
 * programme's deadlines fall. A demo may start it at a configured instant ({@code pilotops.clock.start},
 * e.g. {@code 2020-12-01T09:00:00+08:00}, so the demo sits inside the programme's last month) and let it
 * run on from there; the portal then shows a banner with the demo date.
 *
 * <p>Security decisions (sessions, login throttling, one-time passwords) keep the real time: a demo clock
 * must never lengthen a lockout or an expiry.
 */
@ApplicationScoped
public class ApplicationClock {

    public static final String START = "pilotops.clock.start";

    /** The programme's time zone: deadlines are Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** When something happened, to the minute, as every page and document of the programme shows it. */
    public static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    @Inject
    @ConfigProperty(name = START)
    Optional<String> start;

    private Clock clock = Clock.system(ZONE);
    private boolean shifted;

    @PostConstruct
    void init() {
        start.filter(s -> !s.isBlank()).ifPresent(s -> {
            clock = startingAt(s.strip(), Clock.system(ZONE));
            shifted = true;
        });
    }

    /** A clock that reads {@code start} now and runs on at the pace of {@code real}. */
    static Clock startingAt(String start, Clock real) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(start);
            return Clock.offset(real, Duration.between(real.instant(), at.toInstant()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(START + " is not an ISO date-time with offset such as "
                    + "2020-12-01T09:00:00+08:00: " + start, e);
        }
    }

    public Clock clock() {
        return clock;
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True when the clock was started at a configured instant (a demo), not the real time. */
    public boolean shifted() {
        return shifted;
    }
}
