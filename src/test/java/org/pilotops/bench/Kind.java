package org.pilotops.bench;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven record kinds as the harness sees them: the API path, the table the product maps them to, and
 * the share of all records a kind takes in the generated data. The shares follow what pilot cities log:
 * many vouchers and free filings (one per SME served), fewer trusteeship contracts and training sessions,
 * some pledge loans and navigation projects, and a handful of protection centres per city.
 */
public enum Kind {

    NAVIGATION("navigation-projects", "navigation_project", 0.05),
    PLEDGE("pledge-financings", "pledge_financing", 0.08),
    TRUSTEESHIP("trusteeship-contracts", "trusteeship_contract", 0.12),
    PROTECTION("protection-centres", "protection_centre", 0.002),
    TRAINING("training-sessions", "training_session", 0.15),
    VOUCHER("vouchers", "voucher", 0.30),
    FILING("free-filings", "free_filing", 0.298);

    private final String path;
    private final String table;
    private final double share;

    Kind(String path, String table, double share) {
        this.path = path;
        this.table = table;
        this.share = share;
    }

    public String path() {
        return path;
    }

    public String table() {
        return table;
    }

    public double share() {
        return share;
    }

    public static Optional<Kind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
