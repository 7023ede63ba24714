package org.pilotops.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pilotops.account.control.PasswordPolicy;
import org.pilotops.account.entity.Account;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.persistence.WriteRefusals;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.PasswordChecks;
import org.pilotops.platform.security.PortalSessions;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.security.VerifiedCredentials;

/**
 * The use cases of accounts: an administrator creates an account (with a one-time password), corrects
 * its roles, scope, name and e-mail address, enables or disables it and resets its password; every user
 * changes their own password; and the operator's configuration creates the first administrator of an
 * empty database. Every change is audited, without any password or hash.
 *
 * <p>Whenever a password stops being valid (changed, reset) or an account is disabled, the API's
 * remembered credentials of that user are forgotten, once now and once more after the commit: a request
 * that checked the old password while this transaction ran must not keep it alive for minutes. The
 * account's portal sessions end at their next request too, since each was stamped with the password hash
 * it signed in against; only the session that made the change is kept ({@link PortalSessions}).
 */
@ApplicationScoped
@Transactional
public class AccountService {

    /**
     * What an administrator types for an account. {@code username} counts only when the account is
     * created; {@code enabled} null keeps the current state (a new account is enabled); {@code version}
     * is the one read, required for a change.
     */
    public record AccountForm(String username, String displayName, String email, Set<String> roles, Long cityId,
                              Integer provinceId, Long agencyId, Boolean enabled, Long version) {

        public AccountForm {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    /** A user's own password change: the password they signed in with and the one they chose. */
    public record PasswordChangeForm(String current, String chosen) {
    }

    /** Raised in the transaction that made a user's credentials invalid; handled again after it ends. */
    public record CredentialsRevoked(String username) {
    }

    /** What the first-administrator bootstrap did. */
    public enum BootstrapOutcome { CREATED, ADMINISTRATOR_EXISTS, USERNAME_TAKEN }

    static final String SUBJECT = "account";
    static final String BOOTSTRAP_ACTOR = "bootstrap";

    @PersistenceContext
    EntityManager em;

    @Inject
    WriteRefusals refusals;

    @Inject
    AuditLog auditLog;

    @Inject
    AccountIdentityStore passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Inject
    PasswordChecks passwordChecks;

    @Inject
    PortalSessions portalSessions;

    @Inject
    Event<CredentialsRevoked> revoked;

    @Inject
    CityDirectory cities;

    @Inject
    AgencyDirectory agencies;

    public List<AccountDto> accounts(Actor actor) {
        requireAdmin(actor);
        return em.createQuery("select a from Account a order by a.username", Account.class)
                .getResultStream().map(AccountDto::of).toList();
    }

    public AccountDto account(Actor actor, long id) {
        requireAdmin(actor);
        return AccountDto.of(find(id));
    }

    /** Creates an enabled (unless the form says otherwise) account with a one-time password. */
    public IssuedPasswordDto create(Actor actor, AccountForm form) {
        requireAdmin(actor);
        List<Violation> violations = new ArrayList<>();
        String username = form.username() == null ? null : form.username().strip();
        Violation badName = Account.usernameViolation(username);
        if (badName != null) {
            violations.add(badName);
        }
        Description description = describe(form, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (usernameTaken(username)) {
            throw new ConflictException(Violation.of("username", "account.username-taken", username));
        }
        String oneTimePassword = PasswordPolicy.oneTimePassword();
        Account account = Account.withOneTimePassword(username, description.displayName(), description.email(),
                description.roles(), description.scope(), passwords.hash(oneTimePassword.toCharArray()));
        if (Boolean.FALSE.equals(form.enabled())) {
            account.setEnabled(false);
        }
        em.persist(account);
        flush(account);
        AccountDto created = AccountDto.of(account);
        auditLog.record(AuditEntry.change(actor.username(), Action.CREATE, null, SUBJECT, account.getId(), null, null,
                json(created, "issued")));
        return new IssuedPasswordDto(created, oneTimePassword);
    }

    /** Corrects an account: name, e-mail address, roles with their scope, enabled. */
    public AccountDto update(Actor actor, long id, AccountForm form) {
        requireAdmin(actor);
        Account account = find(id);
        List<Violation> violations = new ArrayList<>();
        if (form.username() != null && !form.username().strip().equals(account.getUsername())) {
            violations.add(Violation.of("username", "account.username-fixed"));
        }
        if (form.version() == null) {
            violations.add(Violation.of("version", "field.version-required"));
        }
        Description description = describe(form, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (account.getVersion() != form.version()) {
            throw new StaleVersionException(form.version(), account.getVersion());
        }
        boolean enabled = form.enabled() == null ? account.isEnabled() : form.enabled();
        if (account.administers() && !(enabled && description.roles().contains(Role.ADMIN)) && !anotherAdministrator(account)) {
            // Nobody could manage accounts any more, and only SQL would bring an administrator back.
            throw new ConflictException(Violation.of(enabled ? "roles" : "enabled", "account.last-admin"));
        }
        JsonObject before = json(AccountDto.of(account), null);
        account.describe(description.displayName(), description.email());
        account.grant(description.roles(), description.scope());
        account.setEnabled(enabled);
        flush(account);
        AccountDto updated = AccountDto.of(account);
        auditLog.record(AuditEntry.change(actor.username(), Action.UPDATE, null, SUBJECT, id, null, before,
                json(updated, null)));
        // Roles travel with a remembered credential, and a disabled account must stop at once.
        revoke(account.getUsername());
        return updated;
    }

    /** Replaces the password with a one-time password that must be changed at the next sign-in. */
    public IssuedPasswordDto resetPassword(Actor actor, long id) {
        requireAdmin(actor);
        Account account = find(id);
        JsonObject before = json(AccountDto.of(account), null);
        String oneTimePassword = PasswordPolicy.oneTimePassword();
        account.resetPassword(passwords.hash(oneTimePassword.toCharArray()));
        em.flush();
        // An administrator resetting their own password stays signed in (held at the password page).
        portalSessions.keepCurrent(account.getUsername(), account.getPasswordHash());
        AccountDto reset = AccountDto.of(account);
        auditLog.record(AuditEntry.change(actor.username(), Action.UPDATE, null, SUBJECT, id, null, before,
                json(reset, "reset")));
        revoke(account.getUsername());
        return new IssuedPasswordDto(reset, oneTimePassword);
    }

    /**
     * The signed-in user replaces their password: the current one must be given (someone at an unlocked
     * screen must not take the account over), the new one must pass the {@link PasswordPolicy} and differ
     * from the current one. A one-time password is changed the same way, which ends the must-change state.
     * The current password is checked like a sign-in of the account from the caller's address (throttled,
     * counted, at the hash-check gate): a wrong one counts as a failed sign-in, and too many answer 429
     * naming {@code current} without checking it. The account's other portal sessions end.
     */
    public void changeOwnPassword(Actor actor, PasswordChangeForm form) {
        Account account = em.createQuery("select a from Account a where a.username = :name and a.enabled = true",
                        Account.class)
                .setParameter("name", actor.username())
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        List<Violation> violations = new ArrayList<>();
        boolean currentMatches = form.current() != null && !form.current().isEmpty()
                && passwordChecks.currentPassword(account.getUsername(), "current",
                        () -> passwords.matches(form.current().toCharArray(), account.getPasswordHash()));
        if (form.current() == null || form.current().isEmpty()) {
            violations.add(Violation.of("current", "field.required"));
        } else if (!currentMatches) {
            violations.add(Violation.of("current", "password.current-wrong"));
        }
        Optional<Violation> weak = policy.check("new", account.getUsername(), form.chosen());
        if (weak.isPresent()) {
            violations.add(weak.get());
        } else if (currentMatches && form.chosen().equals(form.current())) {
            violations.add(Violation.of("new", "password.unchanged"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        JsonObject before = json(AccountDto.of(account), null);
        account.changePassword(passwords.hash(form.chosen().toCharArray()));
        em.flush();
        portalSessions.keepCurrent(account.getUsername(), account.getPasswordHash());
        auditLog.record(AuditEntry.change(actor.username(), Action.UPDATE, null, SUBJECT, account.getId(), null, before,
                json(AccountDto.of(account), "changed")));
        revoke(account.getUsername());
    }

    /**
     * Creates the first administrator of a database that has none, with the password the operator
     * configured (checked like any chosen password, so no must-change). Does nothing once any account
     * holds {@code ADMIN}, so the setting can stay in place across restarts.
     */
    public BootstrapOutcome bootstrapAdministrator(String username, String password) {
        long administrators = em.createQuery("select count(a) from Account a where :admin member of a.roles", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (administrators > 0) {
            return BootstrapOutcome.ADMINISTRATOR_EXISTS;
        }
        List<Violation> violations = new ArrayList<>();
        Violation badName = Account.usernameViolation(username);
        if (badName != null) {
            violations.add(badName);
        }
        policy.check("password", username, password).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (usernameTaken(username)) {
            return BootstrapOutcome.USERNAME_TAKEN;
        }
        Account account = Account.withOwnPassword(username, username, null, EnumSet.of(Role.ADMIN), Account.Scope.NONE,
                passwords.hash(password.toCharArray()));
        em.persist(account);
        em.flush();
        auditLog.record(AuditEntry.change(BOOTSTRAP_ACTOR, Action.CREATE, null, SUBJECT, account.getId(), null, null,
                json(AccountDto.of(account), "configured")));
        return BootstrapOutcome.CREATED;
    }

    /** The checked values of a form, with every violation added to {@code violations}. */
    private record Description(String displayName, String email, Set<Role> roles, Account.Scope scope) {
    }

    private Description describe(AccountForm form, List<Violation> violations) {
        String displayName = form.displayName() == null ? null : form.displayName().strip();
        if (displayName == null || displayName.isEmpty()) {
            violations.add(Violation.of("displayName", "field.required"));
        } else if (displayName.codePointCount(0, displayName.length()) > Account.DISPLAY_NAME_MAX) {
            violations.add(Violation.of("displayName", "field.too-long", Account.DISPLAY_NAME_MAX));
        } else if (displayName.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of("displayName", "field.control-characters"));
        }
        String email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
        if (email != null && email.length() > Account.EMAIL_MAX) {
            violations.add(Violation.of("email", "field.too-long", Account.EMAIL_MAX));
        } else if (email != null && !Account.isEmailAddress(email)) {
            violations.add(Violation.of("email", "account.email-format"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean unknownRole = false;
        for (String name : form.roles()) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                unknownRole = true;
                violations.add(Violation.of("roles", "field.unknown-value", String.valueOf(name),
                        Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        Account.Scope scope = new Account.Scope(form.cityId(), form.provinceId(), form.agencyId());
        if (!(unknownRole && roles.isEmpty())) {
            // Roles that were all unknown are refused once already, not again as missing.
            violations.addAll(Account.roleViolations(roles, scope));
        }
        // Only a scope the roles use must exist; the others are not kept anyway.
        if (roles.contains(Role.CITY_REPORTER) && scope.cityId() != null
                && !cities.allCityIds().contains(scope.cityId())) {
            violations.add(Violation.of("cityId", "account.no-such-city", scope.cityId()));
        }
        if (roles.contains(Role.PROVINCE_REVIEWER) && scope.provinceId() != null
                && cities.provinces().stream().noneMatch(p -> p.id() == scope.provinceId())) {
            violations.add(Violation.of("provinceId", "account.no-such-province", scope.provinceId()));
        }
        if (roles.contains(Role.AGENCY_STAFF) && scope.agencyId() != null
                && agencies.agency(scope.agencyId()).isEmpty()) {
            violations.add(Violation.of("agencyId", "account.no-such-agency", scope.agencyId()));
        }
        return new Description(displayName, email, roles, scope);
    }

    private boolean usernameTaken(String username) {
        // Compared without regard to case, as the database's collation and its unique key do.
        return em.createQuery("select count(a) from Account a where lower(a.username) = lower(:name)", Long.class)
                .setParameter("name", username).getSingleResult() > 0;
    }

    private boolean anotherAdministrator(Account account) {
        return em.createQuery("select count(a) from Account a where a.id <> :id and a.enabled = true "
                        + "and :admin member of a.roles", Long.class)
                .setParameter("id", account.getId()).setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }

    /**
     * Writes now, so that what the database refuses is a problem of this request (see {@link WriteRefusals}):
     * a username taken by a request racing this one (the unique key), a version changed meanwhile.
     */
    private void flush(Account account) {
        refusals.flush(em, account.getVersion(),
                WriteRefusals.of(account, "username").duplicateSaidAs("account.username-taken"));
    }

    private Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    private void revoke(String username) {
        verifiedCredentials.forget(username);
        revoked.fire(new CredentialsRevoked(username));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    void forgetAfterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) CredentialsRevoked event) {
        verifiedCredentials.forget(event.username());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.accounts");
        }
    }

    /** The audited state: what the API shows, plus what happened to the password (never the password). */
    private static JsonObject json(AccountDto account, String password) {
        JsonArrayBuilder roles = JsonFactory.array();
        account.roles().forEach(roles::add);
        JsonObjectBuilder json = JsonFactory.object().add("username", account.username())
                .add("displayName", account.displayName()).add("roles", roles).add("enabled", account.enabled())
                .add("passwordChangeRequired", account.passwordChangeRequired());
        if (account.email() != null) {
            json.add("email", account.email());
        }
        if (account.cityId() != null) {
            json.add("cityId", account.cityId());
        }
        if (account.provinceId() != null) {
            json.add("provinceId", account.provinceId());
        }
        if (account.agencyId() != null) {
            json.add("agencyId", account.agencyId());
        }
        if (password != null) {
            json.add("password", password);
        }
        return json.build();
    }
}
