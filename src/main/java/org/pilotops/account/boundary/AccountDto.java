package org.pilotops.account.boundary;

import java.util.List;
import org.pilotops.account.entity.Account;

/**
 * An account as the administrator's pages and the API show it. Never the password hash: it is the one
 * thing about an account that nobody needs to read.
 *
 * @param passwordChangeRequired true while the account holds a one-time password an administrator issued
 */
public record AccountDto(long id, String username, String displayName, String email, List<String> roles,
                         Long cityId, Integer provinceId, Long agencyId, boolean enabled,
                         boolean passwordChangeRequired, long version) {

    public AccountDto {
        roles = List.copyOf(roles);
    }

    static AccountDto of(Account account) {
        return new AccountDto(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getRoles().stream().map(Enum::name).sorted().toList(), account.getCityId(),
                account.getProvinceId(), account.getAgencyId(), account.isEnabled(), account.isMustChangePassword(),
                account.getVersion());
    }
}
