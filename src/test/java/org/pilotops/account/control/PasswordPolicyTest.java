package org.pilotops.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pilotops.platform.problem.Violation;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(List.of("password1234", "Qwertyuiopas", "letmein"));

    private Optional<String> refusal(String username, String password) {
        return policy.check("new", username, password).map(Violation::key);
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertEquals(Optional.empty(), refusal("city-zjg", "纸鸢飞过张家港的春天"  + "吧吧"));
        assertEquals(Optional.empty(), refusal("city-zjg", "correct horse battery"));
    }

    @Test
    void twelveCharactersAtLeastCountedAsCharactersNotBytes() {
        assertEquals(Optional.of("password.too-short"), refusal("someone", "elevenchars"));
        assertEquals(Optional.empty(), refusal("someone", "twelve chars"));
        // Twelve Chinese characters are twelve characters (36 bytes in UTF-8), eleven are too few.
        assertEquals(Optional.of("password.too-short"), refusal("someone", "一二三四五六七八九十壹"));
        assertEquals(Optional.empty(), refusal("someone", "一二三四五六七八九十壹贰"));
        assertEquals(12, policy.check("new", "someone", "short").orElseThrow().args().get(0));
    }

    @Test
    void nothingIsRequiredAndTooMuchIsTooLong() {
        assertEquals(Optional.of("field.required"), refusal("someone", null));
        assertEquals(Optional.of("field.required"), refusal("someone", ""));
        assertEquals(Optional.of("field.too-long"), refusal("someone", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)));
    }

    @Test
    void theUsernameIsNoPasswordWhateverItsCase() {
        assertEquals(Optional.of("password.is-username"), refusal("reporter-zjg-01", "reporter-zjg-01"));
        assertEquals(Optional.of("password.is-username"), refusal("reporter-zjg-01", "Reporter-ZJG-01"));
        assertEquals(Optional.empty(), refusal("reporter-zjg-01", "reporter-zjg-01 is me"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Password1234", "qwertyuiopas", "QWERTYUIOPAS"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertEquals(Optional.of("password.common"), refusal("someone", password));
    }

    @Test
    void theFieldIsNamed() {
        assertEquals("current", policy.check("current", "x", "").orElseThrow().field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiopas", "pilotops-demo", "Password1234",
            "1qaz2wsx3edc", "iloveyou1234", "woaini1314520", "111111111111", "administrator"})
    void theShippedListHoldsTheObviousOnes(String password) {
        PasswordPolicy shipped = new PasswordPolicy(PasswordPolicy.shippedList());
        assertTrue(shipped.isCommon(password), password);
        assertEquals(Optional.of("password.common"), shipped.check("new", "someone", password).map(Violation::key));
    }

    @Test
    void theShippedListIsSizeableAndHasNoCommentsInIt() {
        List<String> list = PasswordPolicy.shippedList();
        assertTrue(list.size() > 1000, "a few thousand entries, not a token list");
        assertTrue(list.stream().noneMatch(p -> p.startsWith("#") || p.isBlank()));
        assertTrue(new PasswordPolicy(list).size() > 1000);
    }

    @Test
    void oneTimePasswordsAreLongRandomAndAcceptable() {
        PasswordPolicy shipped = new PasswordPolicy(PasswordPolicy.shippedList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = PasswordPolicy.oneTimePassword();
            assertTrue(password.matches("([a-zA-Z2-9]{4}-){3}[a-zA-Z2-9]{4}"), password);
            assertEquals(Optional.empty(), shipped.check("new", "someone", password));
            assertTrue(seen.add(password));
        }
        assertNotEquals(PasswordPolicy.oneTimePassword(), PasswordPolicy.oneTimePassword());
    }
}
