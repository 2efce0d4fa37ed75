package org.commerceintegration.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExposureTest {

    private static final Map<String, String> ALL_SET = Map.of(
            "console.admin.password", "a-long-admin-secret",
            "console.operator.password", "a-long-operator-secret",
            "console.viewer.password", "a-long-viewer-secret",
            "keystore.password", "a-long-keystore-secret",
            "db.password", "a-long-db-secret");

    /** As the embedded providers' includes name their in-server endpoints. */
    private static final Map<String, String> EMBEDDED_PROVIDERS = Map.of(
            "commerce.exposure.messagingHostSetting", "messaging.host",
            "commerce.exposure.databaseHostSetting", "derby.drda.host",
            "commerce.exposure.databaseSecretSetting", "db.password");

    private static Exposure judge(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(EMBEDDED_PROVIDERS);
        all.putAll(settings);
        return Exposure.of(name -> Optional.ofNullable(all.get(name)));
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> settings = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put(pairs[i], pairs[i + 1]);
        }
        return settings;
    }

    @Test
    void zeroSetupDefaultStaysOnLoopbackAndSaysSo() {
        Exposure exposure = judge(with(Map.of(), "http.host", "localhost", "derby.drda.host", "127.0.0.1"));
        assertFalse(exposure.refused());
        assertEquals(List.copyOf(ShippedSecrets.DEFAULTS.keySet()), exposure.shippedSecrets());
        assertTrue(exposure.message().contains("loopback only"), exposure.message());
    }

    @Test
    void nonLoopbackHttpWithOneShippedSecretIsRefusedNamingIt() {
        Exposure exposure = judge(with(ALL_SET, "http.host", "*", "db.password", "dbadmin"));
        assertTrue(exposure.refused());
        assertEquals(List.of("db.password"), exposure.shippedSecrets());
        assertTrue(exposure.message().contains("http.host=*"), exposure.message());
        assertTrue(exposure.message().contains("db.password"), exposure.message());
        assertFalse(exposure.message().contains("console.admin.password"), exposure.message());
    }

    @Test
    void anEmbeddedDatabaseServerBeyondLoopbackCountsWhereItsIncludeNamesIt() {
        assertTrue(judge(with(Map.of(), "http.host", "::1", "derby.drda.host", "0.0.0.0"))
                .refused());
        // a server database opens no endpoint here: its include names none
        assertFalse(judge(with(
                        Map.of(),
                        "http.host",
                        "[::1]",
                        "commerce.exposure.databaseHostSetting",
                        "",
                        "derby.drda.host",
                        "0.0.0.0"))
                .refused());
    }

    @Test
    void theEmbeddedMessagingEndpointBeyondLoopbackIsRefusedWithShippedSecrets() {
        Exposure exposure = judge(with(Map.of(), "messaging.host", "*"));
        assertTrue(exposure.refused());
        assertTrue(exposure.message().contains("messaging.host=*"), exposure.message());
        assertFalse(judge(with(Map.of(), "messaging.host", "127.0.0.1")).refused());
        // a broker of its own (Artemis, IBM MQ) listens elsewhere: the include names no setting here
        assertFalse(judge(with(Map.of(), "commerce.exposure.messagingHostSetting", " ", "messaging.host", "*"))
                .refused());
    }

    @Test
    void theEmbeddedDatabasePasswordDoesNotCountWhereAServerDatabaseIsConfigured() {
        Map<String, String> consoleAndKeystoreSet = new HashMap<>(ALL_SET);
        consoleAndKeystoreSet.remove("db.password");
        Exposure exposure = judge(with(
                consoleAndKeystoreSet,
                "commerce.exposure.databaseHostSetting",
                "",
                "commerce.exposure.databaseSecretSetting",
                "",
                "http.host",
                "*"));
        assertFalse(exposure.refused(), exposure.message());
        assertEquals(List.of(), exposure.shippedSecrets());
    }

    @Test
    void everySecretSetMayListenAnywhereQuietly() {
        Exposure exposure = judge(with(ALL_SET, "http.host", "0.0.0.0"));
        assertFalse(exposure.refused());
        assertNull(exposure.message());
    }

    @Test
    void loopbackHosts() {
        for (String host : List.of("localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", " LOCALHOST ")) {
            assertTrue(ListenHost.isLoopback(host), host);
        }
        for (String host : List.of("*", "0.0.0.0", "::", "", "10.1.2.3", "192.168.0.1", "no-such-host.invalid")) {
            assertFalse(ListenHost.isLoopback(host), host);
        }
    }
}
