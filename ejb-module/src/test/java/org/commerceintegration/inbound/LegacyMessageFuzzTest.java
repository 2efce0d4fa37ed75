package org.commerceintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.commerceintegration.format.MessageFormatException;
import org.commerceintegration.format.legacy.LegacyFormatException;
import org.commerceintegration.format.legacy.LegacyMessageReader;
import org.commerceintegration.format.legacy.TestVectors;
import org.junit.jupiter.api.Test;

/**
 * Random damage to real messages must only ever produce a mapping, "not mine", or a {@link MessageFormatException},
 * quickly: anything else (index errors, number format errors, hangs) would poison the inbound queue. The seed is
 * printed; rerun a failure with {@code -Dlegacy.fuzz.seed=<seed>}.
 */
class LegacyMessageFuzzTest {

    private static final long SEED = Long.getLong("legacy.fuzz.seed", 0xF022_2024L);
    private static final int CASES_PER_BASE = 4000;
    private static final long SLOWEST_CASE_NANOS = Duration.ofMillis(250).toNanos();

    private final LegacyMessageMapper mapper = new LegacyMessageMapper();

    @Test
    void mutatedMessagesFailOnlyWithMessageFormatException() {
        System.out.println("LegacyMessageFuzzTest seed=" + SEED + " (rerun with -Dlegacy.fuzz.seed=" + SEED + ")");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Random random = new Random(SEED);
            int[] outcomes = new int[3];
            for (String base : new String[] {TestVectors.TV1, TestVectors.v01()}) {
                for (int i = 0; i < CASES_PER_BASE; i++) {
                    String input = mutate(random, base);
                    long started = System.nanoTime();
                    try {
                        outcomes[mapper.map(input).isPresent() ? 0 : 1]++;
                    } catch (MessageFormatException expected) {
                        outcomes[2]++;
                    } catch (RuntimeException | StackOverflowError other) {
                        throw new AssertionError(
                                "seed " + SEED + " case " + i + " threw " + other + " for input " + escape(input),
                                other);
                    }
                    long took = System.nanoTime() - started;
                    assertTrue(
                            took < SLOWEST_CASE_NANOS,
                            "seed " + SEED + " case " + i + " took " + took / 1_000_000 + " ms");
                }
            }
            System.out.printf(
                    "LegacyMessageFuzzTest mapped=%d notLegacy=%d rejected=%d%n",
                    outcomes[0], outcomes[1], outcomes[2]);
            assertTrue(outcomes[0] > 0 && outcomes[2] > 0, "the mutations should exercise both outcomes");
        });
    }

    /**
     * Each hostile input is refused with its own reason, within the time limit: a DATUSR record that never closes, an
     * item list that never closes after thousands of items, and a buffer over the size limit (refused before reading).
     */
    @Test
    void hostileLargeInputsAreRejectedQuickly() {
        String head = TestVectors.TV1.substring(0, TestVectors.TV1.indexOf("<USRLST>"));
        String manyUnclosed = head + "<USRLST>" + "<DATUSR>".repeat(100_000);
        String manyItems = TestVectors.TV1.substring(0, TestVectors.TV1.indexOf("</ITMLST>"))
                + TestVectors.TV1
                        .substring(TestVectors.TV1.indexOf("<ITMDAT>"), TestVectors.TV1.indexOf("</ITMLST>"))
                        .repeat(4000);
        String huge = TestVectors.TV1 + " ".repeat(LegacyMessageReader.DEFAULT_MAX_LENGTH);

        assertRefusedQuickly(manyUnclosed, LegacyFormatException.USER_DATA, "Tag: </DATUSR> is missing");
        assertRefusedQuickly(manyItems, LegacyFormatException.STRUCTURE, "Tag: </ITMLST> is missing");
        assertRefusedQuickly(
                huge,
                LegacyFormatException.TOO_LARGE,
                "Legacy buffer of " + huge.length() + " characters exceeds the limit of "
                        + LegacyMessageReader.DEFAULT_MAX_LENGTH + " characters");
    }

    private void assertRefusedQuickly(String input, String reasonCode, String messageStart) {
        LegacyFormatException refused = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertThrows(LegacyFormatException.class, () -> mapper.map(input)));
        assertEquals(reasonCode, refused.reasonCode(), refused.getMessage());
        assertTrue(
                refused.getMessage().startsWith(messageStart),
                "expected \"" + messageStart + "...\" but was: " + refused.getMessage());
    }

    private static String mutate(Random random, String base) {
        StringBuilder sb = new StringBuilder(base);
        for (int edits = 1 + random.nextInt(3); edits > 0 && sb.length() > 0; edits--) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(6)) {
                case 0 -> sb.setCharAt(at, (char) (sb.charAt(at) ^ (1 << random.nextInt(8))));
                case 1 -> sb.insert(at, randomChars(random, 1 + random.nextInt(12)));
                case 2 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(12)));
                case 3 -> {
                    int end = Math.min(sb.length(), at + 1 + random.nextInt(80));
                    sb.insert(at, sb.substring(at, end));
                }
                case 4 -> sb.setLength(at);
                default -> sb.setCharAt(at, "<>/ 0123456789-.\r\nX".charAt(random.nextInt(19)));
            }
        }
        return sb.toString();
    }

    private static String randomChars(Random random, int n) {
        String pool = "<>/ECDOPRLGHAUSTIM0123456789 -.\u0000\uFEFF";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(pool.charAt(random.nextInt(pool.length())));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
    }
}
