package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.pilotops.cases.entity.CaseStatus;
import org.pilotops.platform.record.RecordHold;

/**
 * A typical case handed in or selected holds the records it links: the reviewers judge, and the
 * compilation prints, the facts those records give. A draft or returned case does not hold them — the city
 * is still writing it, and a deleted record shows there as deleted.
 */
@ApplicationScoped
public class ReviewedCaseHold implements RecordHold {

    private static final Set<CaseStatus> HOLDING = Set.of(CaseStatus.SUBMITTED, CaseStatus.SELECTED);

    @Override
    public List<String> holders(EntityManager em, String kind, long recordId) {
        // LOCK IN SHARE MODE locks the linking cases' rows too: a draft cannot be handed in meanwhile.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.status FROM typical_case_record r"
                        + " JOIN typical_case c ON c.id = r.case_id WHERE r.kind = ? AND r.record_id = ?"
                        + " ORDER BY c.id LOCK IN SHARE MODE")
                .setParameter(1, kind).setParameter(2, recordId).getResultList();
        return rows.stream().filter(r -> HOLDING.contains(CaseStatus.valueOf((String) r[1])))
                .map(r -> "/api/v1/cases/" + ((Number) r[0]).longValue()).toList();
    }
}
