package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotops.navigation.boundary.NavigationProjectKind;
import org.pilotops.navigation.entity.NavigationProject;
import org.pilotops.platform.persistence.Database;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.record.DirectWriter;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.record.RecordValues;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.pledge.boundary.PledgeFinancingKind;
import org.pilotops.pledge.entity.PledgeFinancing;
import org.pilotops.testing.ArquillianDatabase;
import org.pilotops.testing.InContainerDeployment;
import org.pilotops.testing.SqlRows;

/**
 * {@link RecordService} and {@link RecordReads} inside Payara Micro on MariaDB: transactions (a change and its audit entry
 * together or not at all), scope decided from the actor, optimistic locking. Each test builds its own
 * city and agency, so it depends on no other test and on no demo record.
 */
@ExtendWith(ArquillianDatabase.class)
@ExtendWith(ArquillianExtension.class)
class RecordServiceIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.packagedWarWith(RecordServiceIT.class, DirectWriter.class);
    }

    @Inject
    RecordService records;

    @Inject
    RecordReads reads;

    @Inject
    NavigationProjectKind kind;

    @Inject
    UserTransaction transaction;

    @Inject
    PledgeFinancingKind pledges;

    @Inject
    DirectWriter jpa;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    SqlRows rows;
    long city;
    long otherCity;
    long agency;
    Actor reporter;
    Actor agencyStaff;

    @BeforeEach
    void newCities() throws SQLException {
        rows = new SqlRows(dataSource);
        SqlRows.CityWithAgency own = rows.cityWithAgency("测试市", "Test City", 320000, "it-reporter");
        city = own.city();
        agency = own.agency();
        reporter = own.reporter();
        agencyStaff = own.agencyStaff();
        otherCity = rows.city("另一测试市", "Other Test City", 330000);
    }

    static RecordValues project(NavigationProjectKind kind, String title, String start, String end) {
        Map<String, String> texts = new HashMap<>();
        texts.put("title", title);
        texts.put("type", "ENTERPRISE_OPERATION");
        texts.put("industry", "生物医药");
        texts.put("leadOrganisation", "测试局");
        texts.put("startDate", start);
        texts.put("endDate", end);
        texts.put("budget", "1000");
        texts.put("status", "COMPLETED");
        return kind.readText(texts);
    }

    @Test
    void aCreatedRecordAndItsAuditEntryAreStoredTogether() throws SQLException {
        NavigationProject created = records.create(reporter, kind, city,
                project(kind, "事务测试", "2019-01-01", "2019-06-30"), RecordSource.CITY);
        assertEquals(2019, created.getYear());
        assertEquals(1, rows.count("select count(*) from audit_entry where subject_type = 'navigation-projects' "
                + "and subject_id = " + created.getId() + " and action = 'CREATE' and actor = 'it-reporter'"));
    }

    @Test
    void aRefusedChangeLeavesNeitherRecordNorAuditEntry() throws SQLException {
        long recordsBefore = rows.count("select count(*) from navigation_project where city_id = " + city);
        long auditBefore = rows.count("select count(*) from audit_entry where city_id = " + city);
        assertThrows(InvalidInputException.class, () -> records.create(reporter, kind, city,
                project(kind, "结束早于开始", "2019-06-01", "2019-01-01"), RecordSource.CITY));
        assertThrows(NotFoundException.class, () -> records.create(reporter, kind, otherCity,
                project(kind, "别的城市", "2019-01-01", "2019-06-30"), RecordSource.CITY));
        Actor reviewer = new Actor("it-province", Set.of(Role.PROVINCE_REVIEWER), null, 320000, null, false, Set.of(city));
        assertThrows(OperationNotAllowedException.class, () -> records.create(reviewer, kind, city,
                project(kind, "审核员不填报", "2019-01-01", "2019-06-30"), RecordSource.API));
        assertEquals(recordsBefore, rows.count("select count(*) from navigation_project where city_id = " + city));
        assertEquals(auditBefore, rows.count("select count(*) from audit_entry where city_id = " + city));
    }

    @Test
    void anUpdateFromAStaleReadIsRefusedAndChangesNothing() {
        NavigationProject created = records.create(reporter, kind, city,
                project(kind, "原名", "2020-01-01", "2020-03-01"), RecordSource.CITY);
        long readVersion = created.getVersion();
        records.update(reporter, kind, city, created.getId(), readVersion,
                project(kind, "第一人改", "2020-01-01", "2020-03-01"), RecordSource.CITY);
        assertThrows(StaleVersionException.class, () -> records.update(reporter, kind, city, created.getId(),
                readVersion, project(kind, "第二人改", "2020-01-01", "2020-03-01"), RecordSource.CITY));
        assertEquals("第一人改", reads.find(reporter, kind, city, created.getId()).getTitle());
    }

    @Test
    void aRollbackOfTheCallersTransactionTakesTheAuditEntryWithIt() throws Exception {
        long auditBefore = rows.count("select count(*) from audit_entry where city_id = " + city);
        transaction.begin();
        records.create(reporter, kind, city, project(kind, "回滚", "2019-01-01", "2019-02-01"), RecordSource.CITY);
        transaction.rollback();
        assertEquals(auditBefore, rows.count("select count(*) from audit_entry where city_id = " + city));
        assertEquals(0, rows.count("select count(*) from navigation_project where city_id = " + city + " and title = '回滚'"));
    }

    @Test
    void agencyStaffLogForTheirAgencyAndSeeOnlyThat() {
        records.create(reporter, kind, city, project(kind, "城市自己的", "2019-01-01", "2019-02-01"), RecordSource.CITY);
        NavigationProject byAgency = records.create(agencyStaff, kind, city,
                project(kind, "机构的", "2019-01-01", "2019-02-01"), RecordSource.AGENCY);
        assertEquals(agency, byAgency.getLoggingAgencyId());
        var seen = reads.list(agencyStaff, kind, city, RecordQuery.firstPage());
        assertEquals(1, seen.total());
        assertEquals("机构的", seen.items().get(0).getTitle());
        assertEquals(2, reads.list(reporter, kind, city, RecordQuery.firstPage()).total());
        assertThrows(NotFoundException.class, () -> reads.list(agencyStaff, kind, otherCity, RecordQuery.firstPage()));
        assertTrue(reads.find(reporter, kind, city, byAgency.getId()).getLoggingAgencyId() == agency,
                "the city sees what the agency logged for it");
    }

    /**
     * The credit-code rule holds even for a caller that skips the services: JPA validates the SME
     * embeddable when it stores the record, and refuses an unconfirmed code whose check character is wrong.
     */
    @Test
    void jpaItselfRefusesAnUnconfirmedCreditCodeThatDoesNotCheck() throws SQLException {
        Map<String, String> texts = new HashMap<>(Map.of("smeName", "直写企业", "smeCreditCode", "91350200776049653A",
                "lenderType", "BANK", "lenderName", "测试银行", "amount", "1000", "patentsPledged", "1",
                "contractDate", "2019-05-01", "termMonths", "12"));
        PledgeFinancing pledge = pledges.newRecord();
        pledges.apply(pledge, pledges.readText(texts));
        pledge.logged(city, null, RecordSource.API, "it-direct", java.time.Instant.now());
        DirectWriter.creditCode(pledge.getSme(), "91350200776049653B");

        Exception refused = assertThrows(Exception.class, () -> jpa.persist(pledge));
        ConstraintViolationException invalid = causeOf(refused, ConstraintViolationException.class);
        assertEquals("sme.creditCode", invalid.getConstraintViolations().iterator().next().getPropertyPath().toString());
        assertEquals(0, rows.count("select count(*) from pledge_financing where city_id = " + city));

        PledgeFinancing confirmed = pledges.newRecord();
        texts.put("smeCreditCode", "91350200776049653B");
        texts.put("smeCreditCodeConfirmed", "true");
        pledges.apply(confirmed, pledges.readText(texts));
        confirmed.logged(city, null, RecordSource.API, "it-direct", java.time.Instant.now());
        jpa.persist(confirmed);
        assertEquals(1, rows.count("select count(*) from pledge_financing where city_id = " + city));
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }
}
