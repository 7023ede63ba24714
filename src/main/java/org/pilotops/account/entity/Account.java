package org.pilotops.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pilotops.platform.persistence.BaseEntity;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.security.Role;

/**
 * A person who signs in. The password is kept only as a salted PBKDF2 hash that names its own algorithm
 * and iteration count. A scoped role is meaningful only with its scope: a city reporter has a city, a
 * province reviewer a province, agency staff an agency. Agency staff hold no other record-reading role,
 * because {@code Actor.onlyAgencyRecords} narrows everything such an account reads to its agency's
 * records, which would silently hide what a second role should show.
 *
 * <p>A password an administrator issued (at creation or by a reset) is one-time: the account must change
 * it before it may do anything else, so the administrator never knows a password that stays in use.
 */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;

    /**
     * Usernames travel in HTTP Basic headers and log lines: ASCII letters, digits and {@code . _ @ -},
     * starting with a letter or digit; no colon (it ends the name in a Basic credential) and no spaces.
     */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2," + (USERNAME_MAX - 1) + "}");

    /**
     * The syntax browsers check for {@code <input type="email">} (WHATWG), with a dot in the domain:
     * strict enough to catch typing slips, loose enough for every address people really use. Whether the
     * mailbox exists only a mail can tell.
     */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
            + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** Roles that read records of their own; agency staff may hold none of them besides their own. */
    private static final Set<Role> RECORD_READING = EnumSet.of(Role.CITY_REPORTER, Role.PROVINCE_REVIEWER,
            Role.NATIONAL_REVIEWER);

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email")
    private String email;

    @Column(name = "city_id")
    private Long cityId;

    @Column(name = "province_id")
    private Integer provinceId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    /**
     * A new, enabled account whose password is the one-time password hashed in {@code oneTimePasswordHash}:
     * it must be changed at the first sign-in.
     */
    public static Account withOneTimePassword(String username, String displayName, String email, Set<Role> roles,
                                              Scope scope, String oneTimePasswordHash) {
        Account account = new Account(username, displayName, email, roles, scope, oneTimePasswordHash);
        account.mustChangePassword = true;
        return account;
    }

    /**
     * A new, enabled account with a password its owner chose (the first administrator, from the
     * operator's configuration): nothing to change at the first sign-in.
     */
    public static Account withOwnPassword(String username, String displayName, String email, Set<Role> roles,
                                          Scope scope, String passwordHash) {
        return new Account(username, displayName, email, roles, scope, passwordHash);
    }

    private Account(String username, String displayName, String email, Set<Role> roles, Scope scope,
                    String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(Violation.of("username", "account.username-format"));
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = true;
        describe(displayName, email);
        grant(roles, scope);
    }

    /** The city, province and agency an account may be bound to; which one counts depends on its roles. */
    public record Scope(Long cityId, Integer provinceId, Long agencyId) {

        public static final Scope NONE = new Scope(null, null, null);
    }

    /** What is wrong with a username, or null when it is one. */
    public static Violation usernameViolation(String username) {
        if (username == null || username.isBlank()) {
            return Violation.of("username", "field.required");
        }
        if (username.length() > USERNAME_MAX) {
            return Violation.of("username", "field.too-long", USERNAME_MAX);
        }
        return USERNAME.matcher(username).matches() ? null : Violation.of("username", "account.username-format");
    }

    /** True for an address of the form {@code local@domain.tld}; null is no address and not one. */
    public static boolean isEmailAddress(String text) {
        return text != null && text.length() <= EMAIL_MAX && EMAIL.matcher(text).matches();
    }

    /**
     * What is wrong with giving an account these roles with this scope, each naming its field: at least
     * one role; each scoped role with its scope; agency staff with no other record-reading role.
     */
    public static List<Violation> roleViolations(Set<Role> roles, Scope scope) {
        List<Violation> violations = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            violations.add(Violation.of("roles", "account.roles-required"));
            return violations;
        }
        if (roles.contains(Role.CITY_REPORTER) && scope.cityId() == null) {
            violations.add(Violation.of("cityId", "account.city-required"));
        }
        if (roles.contains(Role.PROVINCE_REVIEWER) && scope.provinceId() == null) {
            violations.add(Violation.of("provinceId", "account.province-required"));
        }
        if (roles.contains(Role.AGENCY_STAFF) && scope.agencyId() == null) {
            violations.add(Violation.of("agencyId", "account.agency-required"));
        }
        if (roles.contains(Role.AGENCY_STAFF) && roles.stream().anyMatch(RECORD_READING::contains)) {
            violations.add(Violation.of("roles", "account.agency-staff-alone"));
        }
        return violations;
    }

    /** Sets the name shown to others and the address reminders go to (optional). */
    public final void describe(String displayName, String email) {
        List<Violation> violations = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            violations.add(Violation.of("displayName", "field.required"));
        } else if (displayName.length() > DISPLAY_NAME_MAX) {
            violations.add(Violation.of("displayName", "field.too-long", DISPLAY_NAME_MAX));
        }
        if (email != null && !isEmailAddress(email)) {
            violations.add(Violation.of("email", "account.email-format"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.displayName = displayName;
        this.email = email;
    }

    /**
     * Gives the account exactly these roles. A scope that none of them needs is not kept, so an account
     * that stops being a city reporter is no longer bound to its former city.
     */
    public final void grant(Set<Role> roles, Scope scope) {
        List<Violation> violations = roleViolations(roles, scope);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.roles.clear();
        this.roles.addAll(roles);
        this.cityId = roles.contains(Role.CITY_REPORTER) ? scope.cityId() : null;
        this.provinceId = roles.contains(Role.PROVINCE_REVIEWER) ? scope.provinceId() : null;
        this.agencyId = roles.contains(Role.AGENCY_STAFF) ? scope.agencyId() : null;
    }

    /** A disabled account cannot sign in, and its sessions and remembered credentials stop working. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * An administrator replaced the password with a one-time password (forgotten, or suspected known):
     * the owner must choose a new one at the next sign-in.
     */
    public void resetPassword(String oneTimePasswordHash) {
        this.passwordHash = oneTimePasswordHash;
        this.mustChangePassword = true;
    }

    /** The owner chose a new password (checked by the password policy before it was hashed). */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    /** True when the account, enabled, holds {@code ADMIN}. */
    public boolean administers() {
        return enabled && roles.contains(Role.ADMIN);
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Long getCityId() {
        return cityId;
    }

    public Integer getProvinceId() {
        return provinceId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Scope getScope() {
        return new Scope(cityId, provinceId, agencyId);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
