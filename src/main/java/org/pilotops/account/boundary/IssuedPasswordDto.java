package org.pilotops.account.boundary;

/**
 * The answer to creating an account or resetting its password: the account and the one-time password
 * that was set. This is the only time the password is shown; only its hash is kept, and the owner must
 * replace it at the first sign-in.
 */
public record IssuedPasswordDto(AccountDto account, String oneTimePassword) {
}
