package org.commerceintegration.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commerceintegration.access.AccessRoles;
import org.eclipse.microprofile.config.Config;

/**
 * The console's three users, defined in the server configuration ({@code liberty-config/security.xml}): the
 * server variables {@code console.<role>.user} and {@code console.<role>.password} for the roles admin, operator
 * and viewer. Each user's groups are its role and the roles below it, named as the application's roles.
 *
 * <p>A site with a directory replaces this store by an {@code @LdapIdentityStoreDefinition} returning the same
 * group names.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityStore implements IdentityStore {

    private record ConfiguredUser(String key, Set<String> groups) {}

    private static final List<ConfiguredUser> USERS = List.of(
            new ConfiguredUser("admin", Set.of(AccessRoles.ADMIN, AccessRoles.OPERATOR, AccessRoles.VIEWER)),
            new ConfiguredUser("operator", Set.of(AccessRoles.OPERATOR, AccessRoles.VIEWER)),
            new ConfiguredUser("viewer", Set.of(AccessRoles.VIEWER)));

    @Inject
    private Config config;

    /** For CDI. */
    public ConfiguredUsersIdentityStore() {}

    ConfiguredUsersIdentityStore(Config config) {
        this.config = config;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        for (ConfiguredUser user : USERS) {
            Optional<String> name = config.getOptionalValue("console." + user.key() + ".user", String.class);
            Optional<String> password = config.getOptionalValue("console." + user.key() + ".password", String.class);
            if (name.isPresent()
                    && password.isPresent()
                    && name.get().equals(credential.getCaller())
                    && MessageDigest.isEqual(
                            password.get().getBytes(StandardCharsets.UTF_8),
                            credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8))) {
                return new CredentialValidationResult(name.get(), user.groups());
            }
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
