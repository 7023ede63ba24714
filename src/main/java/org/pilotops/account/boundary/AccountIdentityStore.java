package org.pilotops.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pilotops.account.entity.Account;

/**
 * Checks passwords against the account table. PBKDF2WithHmacSHA512 at 210,000 iterations (OWASP 2023)
 * instead of the Jakarta default of 2,048; each stored hash names its own parameters, so raising the
 * cost later needs no migration. An unknown user costs the same time as a wrong password, so the timing
 * does not tell which usernames exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    AccountDirectory accounts;

    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(HASH_PARAMETERS);
        decoyHash = passwordHash.generate("decoy-password-never-matches".toCharArray());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = accounts.enabledAccount(login.getCaller());
        boolean matches = passwordHash.verify(login.getPassword().getValue(),
                account.map(Account::getPasswordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getUsername(),
                account.get().getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** A hash of a new password, with the current parameters. */
    public String hash(char[] password) {
        return passwordHash.generate(password);
    }

    /** True when {@code password} is the one {@code storedHash} was made from. */
    public boolean matches(char[] password, String storedHash) {
        return passwordHash.verify(password, storedHash);
    }
}
