package org.pilotops.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.security.Role;

class AccountTest {

    private static final Account.Scope CITY_1 = new Account.Scope(1L, null, null);

    private static Account reporter() {
        return Account.withOneTimePassword("reporter-1", "填报员", "reporter@pilotops.example",
                Set.of(Role.CITY_REPORTER), CITY_1, "hash-of-one-time");
    }

    private static List<String> fields(Set<Role> roles, Account.Scope scope) {
        return Account.roleViolations(roles, scope).stream().map(Violation::field).toList();
    }

    @Test
    void anAccountCreatedWithAOneTimePasswordMustChangeIt() {
        Account account = reporter();
        assertTrue(account.isEnabled());
        assertTrue(account.isMustChangePassword());
        account.changePassword("hash-of-chosen");
        assertFalse(account.isMustChangePassword());
        assertEquals("hash-of-chosen", account.getPasswordHash());
    }

    @Test
    void aResetSetsAOneTimePasswordThatMustBeChanged() {
        Account account = Account.withOwnPassword("admin-1", "管理员", null, Set.of(Role.ADMIN), Account.Scope.NONE, "own");
        assertFalse(account.isMustChangePassword());
        account.resetPassword("hash-of-one-time");
        assertTrue(account.isMustChangePassword());
        assertEquals("hash-of-one-time", account.getPasswordHash());
        account.changePassword("hash-of-chosen");
        assertFalse(account.isMustChangePassword());
    }

    @Test
    void eachScopedRoleNeedsItsScope() {
        assertEquals(List.of("cityId"), fields(Set.of(Role.CITY_REPORTER), Account.Scope.NONE));
        assertEquals(List.of("provinceId"), fields(Set.of(Role.PROVINCE_REVIEWER), Account.Scope.NONE));
        assertEquals(List.of("agencyId"), fields(Set.of(Role.AGENCY_STAFF), Account.Scope.NONE));
        assertEquals(List.of("cityId", "provinceId"), fields(EnumSet.of(Role.CITY_REPORTER, Role.PROVINCE_REVIEWER),
                Account.Scope.NONE));
        assertEquals(List.of(), fields(Set.of(Role.NATIONAL_REVIEWER), Account.Scope.NONE));
        assertEquals(List.of(), fields(Set.of(Role.ADMIN), Account.Scope.NONE));
        assertEquals(List.of("roles"), fields(Set.of(), CITY_1));
    }

    @Test
    void agencyStaffHoldNoOtherRecordReadingRole() {
        Account.Scope agency = new Account.Scope(1L, 320000, 1L);
        for (Role other : List.of(Role.CITY_REPORTER, Role.PROVINCE_REVIEWER, Role.NATIONAL_REVIEWER)) {
            assertEquals(List.of("roles"), fields(EnumSet.of(Role.AGENCY_STAFF, other), agency), other.name());
        }
        // Operating the platform reads no records, so it does not widen what agency staff see.
        assertEquals(List.of(), fields(EnumSet.of(Role.AGENCY_STAFF, Role.ADMIN), agency));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> reporter().grant(EnumSet.of(Role.AGENCY_STAFF, Role.CITY_REPORTER), agency));
        assertEquals("account.agency-staff-alone", refused.violations().get(0).key());
    }

    @Test
    void aScopeNoRoleNeedsIsNotKept() {
        Account account = reporter();
        account.grant(Set.of(Role.PROVINCE_REVIEWER), new Account.Scope(1L, 320000, 3L));
        assertNull(account.getCityId());
        assertEquals(320000, account.getProvinceId());
        assertNull(account.getAgencyId());
        assertEquals(Set.of(Role.PROVINCE_REVIEWER), account.getRoles());
    }

    @Test
    void aRefusedGrantChangesNothing() {
        Account account = reporter();
        assertThrows(InvalidInputException.class, () -> account.grant(Set.of(Role.AGENCY_STAFF), Account.Scope.NONE));
        assertEquals(Set.of(Role.CITY_REPORTER), account.getRoles());
        assertEquals(1L, account.getCityId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.cn", "wang.ming+reminders@zjg.gov.cn", "x_y@mail.example-city.com.cn"})
    void emailAddressesAreRecognised(String address) {
        assertTrue(Account.isEmailAddress(address));
        Account account = reporter();
        account.describe("填报员", address);
        assertEquals(address, account.getEmail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "a@@b.cn", "a b@c.cn", "a@b..cn", "@b.cn", "a@-b.cn", "a@b.cn.", "张三@b.cn"})
    void malformedAddressesAreRefusedNamingTheField(String address) {
        assertFalse(Account.isEmailAddress(address));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> reporter().describe("x", address));
        assertEquals("email", refused.violations().get(0).field());
    }

    @Test
    void theEmailAddressIsOptionalTheDisplayNameIsNot() {
        Account account = reporter();
        account.describe("填报员", null);
        assertNull(account.getEmail());
        assertThrows(InvalidInputException.class, () -> account.describe(" ", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"city-zjg", "admin", "wang.ming@zjg", "a_b"})
    void usernamesFitBasicCredentials(String username) {
        assertNull(Account.usernameViolation(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-leading", "has:colon", "has space", "张三", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void otherUsernamesAreRefused(String username) {
        assertEquals("username", Account.usernameViolation(username).field());
    }

    @Test
    void onlyAnEnabledAccountWithTheRoleAdministers() {
        Account admin = Account.withOwnPassword("admin-1", "管理员", null, Set.of(Role.ADMIN), Account.Scope.NONE, "h");
        assertTrue(admin.administers());
        admin.setEnabled(false);
        assertFalse(admin.administers());
        assertFalse(reporter().administers());
    }
}
