package org.commerceintegration.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped values the guard knows are exactly the defaults {@code liberty-config} ships. */
class ShippedSecretsTest {

    private static final Path CONFIG = Path.of("../liberty-config/src/main/liberty/config");
    private static final Pattern VARIABLE =
            Pattern.compile("<variable\\s+name=\"([^\"]+)\"\\s+defaultValue=\"([^\"]*)\"");

    @Test
    void everySecretsShippedValueIsTheConfiguredDefault() throws Exception {
        Map<String, String> defaults = new HashMap<>();
        try (var files = Files.list(CONFIG)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Matcher m = VARIABLE.matcher(Files.readString(file));
                while (m.find()) {
                    defaults.put(m.group(1), m.group(2));
                }
            }
        }
        ShippedSecrets.DEFAULTS.forEach(
                (name, shipped) -> assertEquals(defaults.get(name), shipped, name + " in liberty-config"));
    }
}
