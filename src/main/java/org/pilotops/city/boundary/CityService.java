package org.pilotops.city.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pilotops.city.entity.CityLevel;
import org.pilotops.city.entity.CityStatus;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.ParkYear;
import org.pilotops.city.entity.PilotCity;
import org.pilotops.city.entity.Province;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.persistence.WriteRefusals;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.RecordYearLock;
import org.pilotops.platform.record.YearLockedException;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;

/**
 * The administrator's use cases for pilot cities and their parks (SPEC §1, §2): register a city and
 * correct it, add, rename and remove its parks, and record each park's figures per year. Every change is
 * audited in its own transaction. Compliance flags are never stored, so what a change answers already
 * shows them judged anew. Cities are not deleted: one that leaves the programme becomes {@code WITHDRAWN}
 * and keeps its records.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class CityService {

    /*
     * The forms hold what was typed, as text, and {@code unreadable}: what was wrong before any text could
     * be read (a JSON value of the wrong type, a field that does not exist). The service reports those
     * together with its own findings, so one answer names every field at once.
     */

    /** What an administrator types for a city; {@code version} is the one read, for a correction. */
    public record CityForm(String divisionCode, String nameZh, String nameEn, String provinceId, String level,
                           String batch, String pilotStartYear, String pilotEndYear, String status, Long version,
                           List<Violation> unreadable) {

        public CityForm {
            unreadable = List.copyOf(unreadable);
        }

        public CityForm(String divisionCode, String nameZh, String nameEn, String provinceId, String level,
                        String batch, String pilotStartYear, String pilotEndYear, String status, Long version) {
            this(divisionCode, nameZh, nameEn, provinceId, level, batch, pilotStartYear, pilotEndYear, status,
                    version, List.of());
        }
    }

    /** What an administrator types for a park; the English name is optional. */
    public record ParkForm(String nameZh, String nameEn, Long version, List<Violation> unreadable) {

        public ParkForm {
            unreadable = List.copyOf(unreadable);
        }

        public ParkForm(String nameZh, String nameEn, Long version) {
            this(nameZh, nameEn, version, List.of());
        }
    }

    /** A park's figures of one year; {@code version} is needed once the year has figures. */
    public record FiguresForm(String inventionPatentsPer10k, String hasIpDepartment, String fullTimeIpStaff,
                              Long version, List<Violation> unreadable) {

        public FiguresForm {
            unreadable = List.copyOf(unreadable);
        }

        public FiguresForm(String inventionPatentsPer10k, String hasIpDepartment, String fullTimeIpStaff,
                           Long version) {
            this(inventionPatentsPer10k, hasIpDepartment, fullTimeIpStaff, version, List.of());
        }
    }

    /** GB/T 2260 county-level division codes are six digits. */
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");

    /** The programme opened in 2017 (国知办发管字〔2017〕30号): no pilot period starts before. */
    private static final int FIRST_PILOT_YEAR = 2017;
    private static final int LAST_PILOT_YEAR = 2100;
    /** A year, told as a year (2017, never "2,017" as a count's message would format it). */
    private static final FieldType<Integer> PILOT_YEAR = text -> {
        int year = FieldType.count(Integer.MIN_VALUE, Integer.MAX_VALUE).parse(text);
        if (year < FIRST_PILOT_YEAR || year > LAST_PILOT_YEAR) {
            throw new FieldValueException("city.year-range", FIRST_PILOT_YEAR, LAST_PILOT_YEAR);
        }
        return year;
    };
    private static final FieldType<Integer> BATCH = FieldType.count(1, 99);
    /** Text no longer than its column; a division code is checked for its six digits once read. */
    private static final FieldType<String> CODE_TEXT = FieldType.text(20);
    private static final FieldType<String> CITY_NAME_ZH = FieldType.text(60);
    private static final FieldType<String> CITY_NAME_EN = FieldType.text(100);
    private static final FieldType<String> PARK_NAME_ZH = FieldType.text(100);
    private static final FieldType<String> PARK_NAME_EN = FieldType.text(160);
    private static final FieldType<Long> PROVINCE = FieldType.reference();
    private static final FieldType<CityLevel> LEVEL = FieldType.enumeration(CityLevel.class);
    private static final FieldType<CityStatus> STATUS = FieldType.enumeration(CityStatus.class);
    /** What {@code DECIMAL(8, 2)} holds. */
    private static final FieldType<BigDecimal> DENSITY = FieldType.decimal(2, new BigDecimal("999999.99"));
    private static final FieldType<Boolean> YES_NO = FieldType.yesNo();
    private static final FieldType<Integer> STAFF = FieldType.count(0, 100_000);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    WriteRefusals refusals;

    /** What locks a year's figures (accepted summaries); none in an archive without the feature. */
    @Inject
    Instance<RecordYearLock> yearLocks;

    @Inject
    CityDirectory directory;

    /** Refuses, before any input is read, an actor who is not a platform administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.city-admin");
        }
    }

    /** Registers a city ({@code cityId} null) or corrects one; answers it with its flags. */
    public CityDto saveCity(Actor actor, Long cityId, CityForm form) {
        requireAdministrator(actor);
        PilotCity city = cityId == null ? null : city(cityId);
        List<Violation> violations = new ArrayList<>(form.unreadable());
        String code = required("divisionCode", form.divisionCode(), CODE_TEXT, violations);
        if (code != null && !DIVISION_CODE.matcher(code).matches()) {
            violations.add(Violation.of("divisionCode", "city.division-format"));
            code = null;
        }
        String nameZh = required("nameZh", form.nameZh(), CITY_NAME_ZH, violations);
        String nameEn = required("nameEn", form.nameEn(), CITY_NAME_EN, violations);
        Province province = province(required("provinceId", form.provinceId(), PROVINCE, violations), violations);
        if (code != null && province != null && !province.includes(code)) {
            violations.add(Violation.of("divisionCode", "city.division-outside-province", code, province.getId()));
        }
        CityLevel level = required("level", form.level(), LEVEL, violations);
        Integer batch = required("batch", form.batch(), BATCH, violations);
        Integer start = required("pilotStartYear", form.pilotStartYear(), PILOT_YEAR, violations);
        Integer end = required("pilotEndYear", form.pilotEndYear(), PILOT_YEAR, violations);
        if (start != null && end != null && end < start) {
            violations.add(Violation.of("pilotEndYear", "city.period-reversed"));
        }
        CityStatus status = required("status", form.status(), STATUS, violations);
        requireVersionGiven(city != null, form.version(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (em.createQuery("select count(c) from PilotCity c where c.divisionCode = :code and c.id <> :id", Long.class)
                .setParameter("code", code).setParameter("id", cityId == null ? -1L : cityId)
                .getSingleResult() > 0) {
            throw new ConflictException(Violation.of("divisionCode", "field.duplicate", code));
        }
        PilotCity.Profile profile = new PilotCity.Profile(code, nameZh, nameEn, province.getId(), level, batch,
                start, end, status);
        JsonObject before = null;
        if (city == null) {
            city = new PilotCity(profile);
            em.persist(city);
            write(0, city, "divisionCode");
        } else {
            requireVersion(city.getVersion(), form.version());
            before = json(city);
            city.describe(profile);
            write(form.version(), city, "divisionCode");
        }
        audit(actor, before == null ? Action.CREATE : Action.UPDATE, "pilot-city", city.getId(), city.getId(),
                before, json(city));
        return directory.city(city.getId()).orElseThrow();
    }

    /** Adds a park to a city ({@code parkId} null) or renames one of its parks. */
    public ParkDto savePark(Actor actor, long cityId, Long parkId, ParkForm form) {
        requireAdministrator(actor);
        city(cityId);
        Park park = parkId == null ? null : park(cityId, parkId);
        List<Violation> violations = new ArrayList<>(form.unreadable());
        String nameZh = required("nameZh", form.nameZh(), PARK_NAME_ZH, violations);
        String nameEn = optional("nameEn", form.nameEn(), PARK_NAME_EN, violations);
        requireVersionGiven(park != null, form.version(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        JsonObject before = null;
        if (park == null) {
            park = new Park(cityId, nameZh, nameEn);
            em.persist(park);
            write(0, park);
        } else {
            requireVersion(park.getVersion(), form.version());
            before = json(park);
            park.rename(nameZh, nameEn);
            write(form.version(), park);
        }
        audit(actor, before == null ? Action.CREATE : Action.UPDATE, "park", park.getId(), cityId, before, json(park));
        return ParkDto.of(park);
    }

    /**
     * Removes a park with its figures of every year; with a {@code version}, only if nobody changed it
     * since it was read. A park that records still name (a protection centre in it) stays: 409.
     */
    public void deletePark(Actor actor, long cityId, long parkId, Long version) {
        requireAdministrator(actor);
        city(cityId);
        Park park = park(cityId, parkId);
        // Its figures go with it: none of an accepted year may.
        park.getYears().forEach(figures -> requireOpenYear(cityId, figures.getYear()));
        if (version != null) {
            requireVersion(park.getVersion(), version);
        }
        JsonObject before = json(park);
        em.remove(park);
        write(park.getVersion(), park);
        audit(actor, Action.DELETE, "park", parkId, cityId, before, null);
    }

    /**
     * Records a park's figures of one year of its city's pilot period: adds the year, or corrects it when
     * it has figures already (then only with the {@code version} read). Answers the park.
     */
    public ParkDto saveFigures(Actor actor, long cityId, long parkId, int year, FiguresForm form) {
        requireAdministrator(actor);
        PilotCity city = city(cityId);
        Park park = park(cityId, parkId);
        requireOpenYear(cityId, year);
        ParkYear known = park.figuresOf(year).orElse(null);
        List<Violation> violations = new ArrayList<>(form.unreadable());
        if (!city.inPilot(year)) {
            violations.add(Violation.of("year", "park.year-outside-pilot", city.getPilotStartYear(),
                    city.getPilotEndYear()));
        }
        BigDecimal density = required("inventionPatentsPer10k", form.inventionPatentsPer10k(), DENSITY, violations);
        Boolean department = required("hasIpDepartment", form.hasIpDepartment(), YES_NO, violations);
        Integer staff = required("fullTimeIpStaff", form.fullTimeIpStaff(), STAFF, violations);
        requireVersionGiven(known != null, form.version(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        JsonObject before = null;
        if (known != null) {
            requireVersion(known.getVersion(), form.version());
            before = json(known);
        }
        ParkYear figures = park.report(year, density, department, staff);
        // Two administrators adding the same year at once: the unique key decides, the second hears 409.
        write(known == null ? 0 : form.version(), figures, "year");
        audit(actor, known == null ? Action.CREATE : Action.UPDATE, "park-year", figures.getId(), cityId, before,
                json(figures));
        return ParkDto.of(park);
    }

    /** Removes a park's figures of one year, e.g. ones entered for the wrong year. */
    public void deleteFigures(Actor actor, long cityId, long parkId, int year, Long version) {
        requireAdministrator(actor);
        city(cityId);
        Park park = park(cityId, parkId);
        requireOpenYear(cityId, year);
        ParkYear figures = park.figuresOf(year).orElseThrow(NotFoundException::new);
        if (version != null) {
            requireVersion(figures.getVersion(), version);
        }
        JsonObject before = json(figures);
        park.withdrawFigures(year);
        write(figures.getVersion(), figures);
        audit(actor, Action.DELETE, "park-year", figures.getId(), cityId, before, null);
    }

    /**
     * Park figures count in their year's indicators like records do: once the city's summary of the year is
     * accepted they are locked too (409 naming the summary), until it is reopened.
     */
    private void requireOpenYear(long cityId, int year) {
        for (RecordYearLock lock : yearLocks) {
            String lockedBy = lock.locks(em, cityId, true).get(year);
            if (lockedBy != null) {
                throw new YearLockedException(cityId, year, lockedBy);
            }
        }
    }

    private PilotCity city(long cityId) {
        PilotCity city = em.find(PilotCity.class, cityId);
        if (city == null) {
            throw new NotFoundException();
        }
        return city;
    }

    /** A park of this city; one of another city is as unknown here as one that does not exist. */
    private Park park(long cityId, long parkId) {
        Park park = em.find(Park.class, parkId);
        if (park == null || park.getCityId() != cityId) {
            throw new NotFoundException();
        }
        return park;
    }

    private Province province(Long id, List<Violation> violations) {
        if (id == null) {
            return null;
        }
        Province province = id > Integer.MAX_VALUE ? null : em.find(Province.class, id.intValue());
        if (province == null) {
            violations.add(Violation.of("provinceId", "city.province-unknown", id));
        }
        return province;
    }

    /**
     * Writes the change now, so that what the database refuses is a problem naming the field (see
     * {@link WriteRefusals}): a concurrent edit as a stale version, a value a unique key already holds as a
     * duplicate of the field, a park that records still name as a conflict.
     */
    private void write(long version, Object entity, String... fields) {
        refusals.flush(em, version, WriteRefusals.of(entity, fields));
    }

    private void audit(Actor actor, Action action, String subject, long subjectId, long cityId, JsonObject before,
                       JsonObject after) {
        auditLog.record(AuditEntry.change(actor.username(), action, null, subject, subjectId, cityId, before, after));
    }

    private static void requireVersionGiven(boolean exists, Long version, List<Violation> violations) {
        if (exists && version == null && violations.stream().noneMatch(v -> v.field().equals("version"))) {
            violations.add(Violation.of("version", "field.version-required"));
        }
    }

    private static void requireVersion(long stored, long read) {
        if (stored != read) {
            throw new StaleVersionException(read, stored);
        }
    }

    /** A field's value, read from its text; null when it is missing or wrong, which {@code violations} then says. */
    private static <V> V required(String field, String text, FieldType<V> type, List<Violation> violations) {
        if (violations.stream().anyMatch(v -> v.field().equals(field))) {
            return null;
        }
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, "field.required"));
            return null;
        }
        return optional(field, text, type, violations);
    }

    private static <V> V optional(String field, String text, FieldType<V> type, List<Violation> violations) {
        if (text == null || text.isBlank() || violations.stream().anyMatch(v -> v.field().equals(field))) {
            return null;
        }
        try {
            return type.parse(text.strip());
        } catch (FieldValueException e) {
            violations.add(new Violation(field, 0, e.key(), e.args()));
            return null;
        }
    }

    private static JsonObject json(PilotCity c) {
        return JsonFactory.object().add("divisionCode", c.getDivisionCode()).add("nameZh", c.getNameZh())
                .add("nameEn", c.getNameEn()).add("provinceId", c.getProvinceId()).add("level", c.getLevel().name())
                .add("batch", c.getBatch()).add("pilotStartYear", c.getPilotStartYear())
                .add("pilotEndYear", c.getPilotEndYear()).add("status", c.getStatus().name()).add("demo", c.isDemo())
                .build();
    }

    /** A park as the audit keeps it: its names and, so a removal loses nothing, its figures of every year. */
    private static JsonObject json(Park p) {
        JsonObjectBuilder park = JsonFactory.object().add("cityId", p.getCityId()).add("nameZh", p.getNameZh());
        if (p.getNameEn() == null) {
            park.addNull("nameEn");
        } else {
            park.add("nameEn", p.getNameEn());
        }
        JsonArrayBuilder years = JsonFactory.array();
        p.getYears().forEach(y -> years.add(json(y)));
        return park.add("years", years).build();
    }

    private static JsonObject json(ParkYear y) {
        return JsonFactory.object().add("parkId", y.getPark().getId()).add("year", y.getYear())
                .add("inventionPatentsPer10k", y.getInventionPatentsPer10k().toPlainString())
                .add("hasIpDepartment", y.isHasIpDepartment()).add("fullTimeIpStaff", y.getFullTimeIpStaff())
                .build();
    }
}
