package org.pilotops.home.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;

/**
 * What an administrator checks first on a morning: the database answers (and which server it is), the
 * schema's version, whether this is a demo (the demo seed leaves its own history table behind, and only
 * the embedded start seeds it), and how many accounts, agencies and cities the platform holds. One query.
 */
@ApplicationScoped
public class SystemStatus {

    private static final String STATUS = "SELECT VERSION(),"
            + " (SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
            + "   ORDER BY installed_rank DESC LIMIT 1),"
            + " (SELECT COUNT(*) FROM information_schema.tables"
            + "   WHERE table_schema = DATABASE() AND table_name = 'demo_data_history'),"
            + " (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM account WHERE enabled),"
            + " (SELECT COUNT(*) FROM service_agency), (SELECT COUNT(*) FROM pilot_city)";

    @PersistenceContext
    EntityManager em;

    public Report report(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.system-status");
        }
        Object[] row = (Object[]) em.createNativeQuery(STATUS).getSingleResult();
        return new Report((String) row[0], (String) row[1], number(row[2]) > 0, number(row[3]), number(row[4]),
                number(row[5]), number(row[6]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * @param database      the database server's version, which also says it answered
     * @param schemaVersion the latest migration applied
     * @param demo          true when the demo data was seeded into this database
     */
    public record Report(String database, String schemaVersion, boolean demo, long accounts, long enabledAccounts,
                         long agencies, long cities) implements java.io.Serializable {
    }
}
