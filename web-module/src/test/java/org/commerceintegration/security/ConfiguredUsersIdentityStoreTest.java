package org.commerceintegration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Map;
import java.util.Set;
import org.commerceintegration.access.AccessRoles;
import org.junit.jupiter.api.Test;

class ConfiguredUsersIdentityStoreTest {

    private final ConfiguredUsersIdentityStore store = new ConfiguredUsersIdentityStore(new MapConfig(Map.of(
            "console.admin.user", "alice",
            "console.admin.password", "alice-secret",
            "console.operator.user", "oscar",
            "console.operator.password", "oscar-secret",
            "console.viewer.user", "victor",
            "console.viewer.password", "victor-secret")));

    private CredentialValidationResult validate(String user, String password) {
        return store.validate(new UsernamePasswordCredential(user, password));
    }

    @Test
    void eachUserGetsItsRoleAndTheRolesBelow() {
        CredentialValidationResult admin = validate("alice", "alice-secret");
        assertEquals(CredentialValidationResult.Status.VALID, admin.getStatus());
        assertEquals("alice", admin.getCallerPrincipal().getName());
        assertEquals(Set.of(AccessRoles.ADMIN, AccessRoles.OPERATOR, AccessRoles.VIEWER), admin.getCallerGroups());
        assertEquals(
                Set.of(AccessRoles.OPERATOR, AccessRoles.VIEWER),
                validate("oscar", "oscar-secret").getCallerGroups());
        assertEquals(
                Set.of(AccessRoles.VIEWER), validate("victor", "victor-secret").getCallerGroups());
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreInvalid() {
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                validate("alice", "oscar-secret").getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                validate("alice", "alice-secre").getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID, validate("alice", "").getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                validate("admin", "alice-secret").getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                validate("ALICE", "alice-secret").getStatus());
    }

    @Test
    void aUserWithoutAConfiguredPasswordCannotLogIn() {
        ConfiguredUsersIdentityStore partial =
                new ConfiguredUsersIdentityStore(new MapConfig(Map.of("console.admin.user", "alice")));
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                partial.validate(new UsernamePasswordCredential("alice", "")).getStatus());
    }
}
