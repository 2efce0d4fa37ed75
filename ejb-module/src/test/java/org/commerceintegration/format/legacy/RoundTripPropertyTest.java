package org.commerceintegration.format.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: for any message the builder accepts, read(write(m)) equals m and writing it again gives the same buffer.
 * Random field values of every kind and width, random user data and item counts, over every known message layout.
 * The seed is printed; rerun a failure with {@code -Dlegacy.seed=<seed>}.
 */
class RoundTripPropertyTest {

    private static final long SEED = Long.getLong("legacy.seed", 0x5EED_2024L);
    private static final int MESSAGES = 600;
    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + " .,;:-_/\\#&'\"()<>=@!?+*%$\téüßÆ€中";

    private final LayoutCatalog catalog = LayoutCatalog.fromResource();
    private final LegacyMessageReader reader = new LegacyMessageReader(catalog);
    private final LegacyMessageWriter writer = new LegacyMessageWriter();

    @Test
    void writeThenReadGivesTheSameMessage() {
        System.out.println("RoundTripPropertyTest seed=" + SEED + " (rerun with -Dlegacy.seed=" + SEED + ")");
        Random random = new Random(SEED);
        List<MessageLayout> layouts = new ArrayList<>();
        for (MessageKey key : catalog.messageKeys()) {
            layouts.add(catalog.requireMessage(key.type(), key.version()));
        }
        for (int i = 0; i < MESSAGES; i++) {
            MessageLayout layout = layouts.get(i % layouts.size());
            LegacyMessage message = randomMessage(random, layout);
            String context = "seed " + SEED + ", message " + i + " (" + layout.key() + ")";

            String written = writer.write(message);
            LegacyMessage back = reader.read(written);

            assertEquals(message, back, context);
            for (int h = 0; h < message.headerRecords().size(); h++) {
                assertEquals(
                        message.headerRecords().get(h).values(),
                        back.headerRecords().get(h).values(),
                        context);
            }
            assertEquals(written, writer.write(back), context);
        }
    }

    private LegacyMessage randomMessage(Random random, MessageLayout layout) {
        LegacyMessageBuilder builder =
                LegacyMessage.builder(catalog, layout.key().type(), layout.key().version());
        for (RecordLayout record : layout.header()) {
            builder.header(record.tag(), randomValues(random, record));
        }
        for (int u = random.nextInt(4); u > 0; u--) {
            builder.headerUserData(randomName(random), randomText(random, random.nextInt(30), true));
        }
        for (int n = random.nextInt(5); n > 0; n--) {
            boolean first = true;
            for (RecordLayout record : layout.item()) {
                if (first) {
                    builder.item(record.tag(), randomValues(random, record));
                    first = false;
                } else {
                    builder.itemRecord(record.tag(), randomValues(random, record));
                }
            }
            for (int u = random.nextInt(3); u > 0; u--) {
                builder.itemUserData(randomName(random), randomText(random, random.nextInt(12), true));
            }
        }
        return builder.build();
    }

    private static Map<String, Object> randomValues(Random random, RecordLayout record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldLayout field : record.fields()) {
            if (random.nextInt(10) < 3) {
                continue;
            }
            values.put(field.name(), randomValue(random, field));
        }
        return values;
    }

    private static Object randomValue(Random random, FieldLayout field) {
        int width = field.width();
        switch (field.kind()) {
            case TEXT: {
                String text = randomText(random, 1 + random.nextInt(Math.min(width, 40)), false);
                return text.contains("</") ? "x" : text;
            }
            case NUMBER: {
                int digits = 1 + random.nextInt(Math.min(width - 2, 15));
                BigDecimal value = BigDecimal.valueOf(random.nextLong() % pow10(digits), random.nextInt(5));
                String plain = value.toPlainString();
                if (plain.length() > width) {
                    return BigDecimal.ONE;
                }
                return random.nextBoolean() || plain.length() >= width
                        ? value
                        : "0" + value.abs().toPlainString();
            }
            case INTEGER: {
                int digits = 1 + random.nextInt(Math.min(width - 1, 17));
                long value = random.nextLong() % pow10(digits);
                return random.nextBoolean() ? (Object) value : leadingZeros(Math.abs(value), width, random);
            }
            case DATE:
                return LocalDate.ofEpochDay(LocalDate.of(1, 1, 1).toEpochDay()
                        + (long) (random.nextDouble()
                                * (LocalDate.of(9999, 12, 31).toEpochDay()
                                        - LocalDate.of(1, 1, 1).toEpochDay())));
            case TIME:
                return LocalTime.ofSecondOfDay(random.nextInt(24 * 3600));
            default:
                throw new IllegalStateException(field.kind().toString());
        }
    }

    private static String leadingZeros(long value, int width, Random random) {
        String digits = Long.toString(value);
        int zeros = random.nextInt(Math.max(1, width - digits.length() + 1));
        return "0".repeat(zeros) + digits;
    }

    private static long pow10(int digits) {
        long result = 1;
        for (int i = 0; i < digits; i++) {
            result *= 10;
        }
        return result;
    }

    /** Without {@code blanksAtEnds}, the first and last characters are non-blank, as the reader trims. */
    private static String randomText(Random random, int length, boolean blanksAtEnds) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            if (!blanksAtEnds && c == ' ' && (i == 0 || i == length - 1)) {
                c = 'x';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String randomName(Random random) {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
