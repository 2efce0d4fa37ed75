package org.commerceintegration.inbound;

import static org.commerceintegration.TestMessages.TV3;
import static org.commerceintegration.TestMessages.TV5;
import static org.commerceintegration.TestMessages.read;
import static org.commerceintegration.TestMessages.withoutDoctype;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.MessageFormatException;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the test vectors: the mapper may map them, decline them, or refuse them with a
 * {@link MessageFormatException}; anything else (another exception, a hang) is a bug. The seed is fixed and printed
 * so a failure can be replayed.
 */
class XmlMessageMapperFuzzTest {

    private static final long SEED = 0x5EED_2024_0306L;
    private static final int TEXT_CASES = 6_000;
    private static final int BYTE_CASES = 2_000;

    /** Fragments that steer mutations towards the parser's and mapper's edge cases. */
    private static final List<String> TOKENS = List.of(
            "<",
            ">",
            "/>",
            "</",
            "&",
            "&amp;",
            "&lt;",
            "&#0;",
            "&#x110000;",
            "&#65;",
            "&x;",
            "]]>",
            "<![CDATA[x]]>",
            "<!--",
            "-->",
            "<?",
            "?>",
            "<?pi x?>",
            "<!DOCTYPE Update_NC_OrderStatus [",
            "<!ENTITY e SYSTEM \"file:///etc/passwd\">",
            "<!DOCTYPE Foo>",
            "]>",
            "\"",
            "'",
            "=",
            "/",
            " ",
            "\n",
            "\r",
            "\t",
            "\u0000",
            "\u0001",
            "\uFFFE",
            "\uD800",
            "\uDC00",
            "\uD83D\uDE00",
            "\u00e9",
            "\uFEFF",
            "version=\"2.0\"",
            "version=\"3.0\"",
            " type=\"ByBackend\"",
            "<OrderStatusItem>",
            "</OrderStatusItem>",
            "<Foo>",
            "</Foo>",
            "<Status>X</Status>",
            "<CustomerField>1</CustomerField>",
            "<UserDataField name=\"\">v</UserDataField>",
            "20240230",
            "2024-13-01T00:00:00",
            "<OrderNumber>1</OrderNumber>",
            "xmlns:a=\"urn:x\"",
            "a:b");

    private final XmlMessageMapper mapper = new XmlMessageMapper();
    private final MessageDecoder decoder = new MessageDecoder(StandardCharsets.UTF_8);

    @Test
    void mutatedTextOnlyMapsOrFailsWithAMessageFormatException() {
        Random random = new Random(SEED);
        List<String> bases = List.of(
                read(TV3),
                read(TV5),
                withoutDoctype(read(TV3)),
                withoutDoctype(read(TV5)),
                read("wcs30-orderstatus-full.xml"));
        Map<String, Integer> outcomes = new TreeMap<>();
        long[] slowest = {0};
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < TEXT_CASES; i++) {
                String mutated = mutate(bases.get(i % bases.size()), random);
                run(i, mutated, () -> mapper.map(mutated), outcomes, slowest);
            }
        });
        System.out.printf(
                "[fuzz] text: seed 0x%X, %d cases, outcomes %s, slowest %.1f ms%n",
                SEED, TEXT_CASES, outcomes, slowest[0] / 1e6);
        // The pooled readers went through thousands of aborted parses: they must still validate and map exactly.
        List<CommandInvocation> clean = new XmlMessageMapper().map(read(TV3)).orElseThrow();
        for (int i = 0; i < 20; i++) {
            assertEquals(clean, mapper.map(read(TV3)).orElseThrow());
        }
        XmlMessageMapperTest.refused(
                org.commerceintegration.format.xml.XmlFormatException.INVALID,
                () -> mapper.map(read(TV3).replace("<TotalNetPrice>129.97</TotalNetPrice>", "")));
    }

    @Test
    void mutatedBytesOnlyMapOrFailWithAMessageFormatException() {
        Random random = new Random(SEED + 1);
        List<byte[]> bases = List.of(
                read(TV3).getBytes(StandardCharsets.UTF_8),
                read(TV5).getBytes(StandardCharsets.UTF_8),
                read(TV3).getBytes(StandardCharsets.UTF_16));
        Map<String, Integer> outcomes = new TreeMap<>();
        long[] slowest = {0};
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < BYTE_CASES; i++) {
                byte[] mutated = bases.get(i % bases.size()).clone();
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    int at = random.nextInt(mutated.length);
                    mutated[at] = (byte) random.nextInt(256);
                }
                if (random.nextInt(10) == 0) {
                    mutated = java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length));
                }
                InboundMessage input = new InboundMessage(
                        mutated, false, i % bases.size() == 2 ? "UTF-16" : null, "fuzz-" + i, "fuzz", 1, Map.of());
                // As the inbound path takes bytes: strict decoding with the declared charset, then the mapper.
                run(
                        i,
                        new String(mutated, StandardCharsets.ISO_8859_1),
                        () -> mapper.map(decoder.decode(input), decoder.charsetOf(input)),
                        outcomes,
                        slowest);
            }
        });
        System.out.printf(
                "[fuzz] bytes: seed 0x%X, %d cases, outcomes %s, slowest %.1f ms%n",
                SEED + 1, BYTE_CASES, outcomes, slowest[0] / 1e6);
    }

    private static void run(
            int i,
            String shown,
            Supplier<Optional<List<CommandInvocation>>> call,
            Map<String, Integer> outcomes,
            long[] slowest) {
        long start = System.nanoTime();
        try {
            outcomes.merge(call.get().isPresent() ? "mapped" : "declined", 1, Integer::sum);
        } catch (MessageFormatException e) {
            outcomes.merge(e.reasonCode(), 1, Integer::sum);
        } catch (RuntimeException | Error e) {
            fail("case " + i + " threw " + e + " for input:\n" + shown.substring(0, Math.min(shown.length(), 3000)), e);
        }
        slowest[0] = Math.max(slowest[0], System.nanoTime() - start);
    }

    private static String mutate(String base, Random random) {
        StringBuilder text = new StringBuilder(base);
        for (int n = 1 + random.nextInt(3); n > 0 && text.length() > 0; n--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(7)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                case 1 -> text.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 2 -> text.setCharAt(at, (char) random.nextInt(0x3000));
                case 3 -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(200));
                    text.insert(end, text.substring(at, end));
                }
                case 4 -> text.setLength(at);
                case 5 ->
                    text.setCharAt(
                            at,
                            Character.isUpperCase(text.charAt(at))
                                    ? Character.toLowerCase(text.charAt(at))
                                    : Character.toUpperCase(text.charAt(at)));
                default -> {
                    int from = random.nextInt(text.length());
                    int end = Math.min(text.length(), from + 1 + random.nextInt(80));
                    String moved = text.substring(from, end);
                    text.delete(from, end);
                    text.insert(Math.min(at, text.length()), moved);
                }
            }
        }
        return text.toString();
    }
}
