package org.commerceintegration.exposure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secrets the server configuration ships with, by server variable, and the value each ships with (the
 * {@code defaultValue} in {@code liberty-config}; {@code ShippedSecretsTest} reads those files, so the two cannot
 * drift apart). Anyone can read these values in the source, so a server still using one must not be reachable.
 */
public final class ShippedSecrets {

    /**
     * Names the embedded database's secret where its include is in use ({@code database-derby.xml}); a server database
     * has credentials of its own, shipped with none, and the embedded one's password then guards nothing.
     */
    static final String DATABASE_SECRET_SETTING = "commerce.exposure.databaseSecretSetting";

    private static final java.util.Set<String> DATABASE_SECRETS = java.util.Set.of("db.password");

    /** Server variable to its shipped value, in the order the refusal names them. */
    static final Map<String, String> DEFAULTS = defaults();

    private ShippedSecrets() {}

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("console.admin.password", "admin-password");
        defaults.put("console.operator.password", "operator-password");
        defaults.put("console.viewer.password", "viewer-password");
        defaults.put("keystore.password", "change-me-keystore");
        defaults.put("db.password", "dbadmin");
        return java.util.Collections.unmodifiableMap(defaults);
    }

    /**
     * The secrets whose value is still the shipped one (or unset, which means the same), in a stable order.
     *
     * @param variables a server variable's value by name, empty when undefined
     */
    public static List<String> unchanged(Function<String, Optional<String>> variables) {
        List<String> unchanged = new ArrayList<>();
        Optional<String> databaseSecret = Exposure.named(variables, DATABASE_SECRET_SETTING);
        DEFAULTS.forEach((name, shipped) -> {
            if (DATABASE_SECRETS.contains(name)
                    && !databaseSecret.map(name::equals).orElse(false)) {
                return; // the embedded database's secret, and another database is configured
            }
            Optional<String> value = variables.apply(name);
            if (value.isEmpty() || value.get().equals(shipped)) {
                unchanged.add(name);
            }
        });
        return unchanged;
    }

    /** Whether {@code value} is the shipped value of the secret {@code name}. */
    public static boolean isShipped(String name, String value) {
        return value != null && value.equals(DEFAULTS.get(name));
    }
}
