package org.pilotops.agency.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotops.platform.field.CreditCodes;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.testing.ArquillianDatabase;
import org.pilotops.testing.InContainerDeployment;
import org.pilotops.testing.Together;

/**
 * Agencies and attorneys, which only the administrators' pages write, raced inside Payara Micro on MariaDB
 * (issue 21 §6): of eight saves of one credit code, one licence number or one version, one is stored and
 * each other is refused naming the field — the service's own check or, when the saves passed it together,
 * the database's unique key or the version column, translated by the one write helper (was a 500).
 */
@ExtendWith(ArquillianDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AgencyServiceIT {

    private static final int CLIENTS = 8;
    private static final Actor ADMIN = new Actor("it-admin", Set.of(Role.ADMIN), null, null, null, false, Set.of());

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.packagedWarWith(AgencyServiceIT.class, Together.class);
    }

    @Inject
    AgencyService agencies;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void racedSavesOfOneCreditCodeLicenceOrVersionStoreOneAndNameTheField() throws Exception {
        String code = creditCode();
        List<Object> created = race(() -> agencies.saveAgency(ADMIN, null,
                new AgencyService.AgencyForm("并发服务机构", code, "PATENT_AGENCY", Set.of(), 0)));
        AgencyDto agency = (AgencyDto) oneStored(created, "creditCode");

        oneStored(race(() -> agencies.saveAgency(ADMIN, agency.id(),
                new AgencyService.AgencyForm("并发服务机构改名", code, "PATENT_AGENCY", Set.of(), agency.version()))),
                "version");

        String licence = "LIC" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        AttorneyDto attorney = (AttorneyDto) oneStored(race(() -> agencies.saveAttorney(ADMIN, agency.id(), null,
                new AgencyService.AttorneyForm("并发代理师", licence, 0))), "licenceNumber");
        oneStored(race(() -> agencies.saveAttorney(ADMIN, agency.id(), attorney.id(),
                new AgencyService.AttorneyForm("并发代理师改名", licence, attorney.version()))), "version");
    }

    /** The call made {@value #CLIENTS} times at once on the container's threads: each answer, or what it threw. */
    private List<Object> race(Callable<Object> call) throws Exception {
        return Together.call(executor, CLIENTS, () -> {
            try {
                return call.call();
            } catch (RuntimeException refused) {
                return refused;
            }
        });
    }

    /** Exactly one outcome stored; every other a refusal (409 or 400) naming {@code field}. Answers the stored. */
    private static Object oneStored(List<Object> outcomes, String field) {
        List<Object> stored = outcomes.stream().filter(o -> !(o instanceof Throwable)).toList();
        assertEquals(1, stored.size(), () -> "one stored of " + outcomes);
        for (Object outcome : outcomes) {
            if (outcome instanceof Throwable failure) {
                if (!(failure instanceof PilotOpsException refusal) || refusal.status() >= 500) {
                    throw new AssertionError("a refusal, not " + failure, failure);
                }
                assertEquals(field, refusal.violations().get(0).field(), () -> "the field of " + refusal);
            }
        }
        return stored.get(0);
    }

    /** A credit code with a valid check character, new to the database. */
    private static String creditCode() {
        StringBuilder code = new StringBuilder("9132");
        for (int i = 0; i < 13; i++) {
            code.append(ThreadLocalRandom.current().nextInt(10));
        }
        return code.append(CreditCodes.expectedCheck(code.toString())).toString();
    }
}
