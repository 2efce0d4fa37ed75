package org.commerceintegration.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageFileTest {

    private static final Instant NOW = Instant.parse("2026-12-03T22:40:00Z");

    @Test
    void everyHeaderPropertyTypeAndBodyByteSurvivesAWriteAndARead() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("CI_ReasonCode", "LEGACY_FIELD");
        properties.put("CI_Reason", "field NC_ScheduleShipDate at 148: '2024-03-' \u00e9 \u20ac\n second line % 100");
        properties.put("empty", "");
        properties.put("flag", true);
        properties.put("b", (byte) -7);
        properties.put("s", (short) 31000);
        properties.put("i", Integer.MIN_VALUE);
        properties.put("l", Long.MAX_VALUE);
        properties.put("f", 0.1f);
        properties.put("d", -1.0E-300);
        properties.put("nan", Double.NaN);
        properties.put("charset", "ISO-8859-1");
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        FileMessage binary = new FileMessage(
                false, bytes, "ID:abc 1", "corr-1", "OS", 7, true, 1764801600123L, 0, true, 3, properties);
        FileMessage text = new FileMessage(
                true,
                "<ECEDOC>\u00e9</ECEDOC>".getBytes(StandardCharsets.UTF_8),
                "ID:" + "0a".repeat(24),
                null,
                null,
                0,
                false,
                1764801600000L,
                1764805200000L,
                false,
                1,
                Map.of());
        FileMessage empty = new FileMessage(false, new byte[0], null, null, null, 4, true, 0, 0, false, 0, Map.of());

        String file = write(List.of(binary, text, empty));
        List<FileMessage> read = MessageFile.read(new StringReader(file), NOW, 10);

        assertEquals(List.of(binary, text, empty), read);
        assertTrue(Double.isNaN((Double) read.get(0).properties().get("nan")));
        assertEquals(Float.class, read.get(0).properties().get("f").getClass(), "types kept");
        assertEquals(Byte.class, read.get(0).properties().get("b").getClass());
        assertEquals(
                List.copyOf(properties.keySet()),
                List.copyOf(read.get(0).properties().keySet()),
                "order kept");
    }

    @Test
    void theDescriptorLinesCarryWhatMqToolsRead() {
        FileMessage text = new FileMessage(
                true,
                "hi".getBytes(StandardCharsets.UTF_8),
                "ID:" + "0A".repeat(24),
                "ID:" + "0b".repeat(24),
                null,
                6,
                false,
                Instant.parse("2026-12-03T21:05:07.890Z").toEpochMilli(),
                NOW.toEpochMilli() + 60_000,
                false,
                2,
                Map.of());
        String file = write(List.of(text));
        assertTrue(file.contains("\nN\n"), file);
        assertTrue(file.contains("\nA FMT MQSTR   \n"), file);
        assertTrue(file.contains("\nA CCS 1208\n"), file);
        assertTrue(file.contains("\nA PRI 6\n"), file);
        assertTrue(file.contains("\nA PER 0\n"), file);
        assertTrue(file.contains("\nA MSI " + "0A".repeat(24) + "\n"), "an MQ id is its bytes: " + file);
        assertTrue(file.contains("\nA COI " + "0B".repeat(24) + "\n"), file);
        assertTrue(file.contains("\nA BOC 1\n"), "backout count is deliveries - 1: " + file);
        assertTrue(file.contains("\nA EXP 600\n"), "expiry in tenths of a second: " + file);
        assertTrue(file.contains("\nA PTD 20261203\n"), file);
        assertTrue(file.contains("\nA PTT 21050789\n"), file);
        assertTrue(file.contains("\nX 6869\n"), file);
    }

    @Test
    void aFileDmpmqmsgWroteIsReadFromItsDescriptor() {
        String file = String.join(
                "\n",
                "* QLOAD Version:V1.9",
                "* Qmgr:QM1 Queue:Q1",
                "",
                "N",
                "A VER 2",
                "A EXP -1",
                "A CCS 819",
                "A FMT MQSTR   ",
                "A PRI 3",
                "A PER 0",
                "A MSI 414D5120514D31202020202020202020" + "0000000000000001",
                "A COI 000000000000000000000000000000000000000000000000",
                "A BOC 2",
                "A PTD 20261203",
                "X 43" + "E9",
                "N",
                "A FMT        ",
                "A EXP 50",
                "A COI 0102030405060708090A0B0C0D0E0F101112131415161718",
                "X 00FF",
                "");
        List<FileMessage> read = MessageFile.read(new StringReader(file), NOW, 10);
        assertEquals(2, read.size());
        FileMessage first = read.get(0);
        assertTrue(first.text());
        assertArrayEquals("C\u00e9".getBytes(StandardCharsets.UTF_8), first.body(), "CCSID 819 decoded, kept as UTF-8");
        assertEquals(3, first.priority());
        assertFalse(first.persistent());
        assertNull(first.correlationId());
        assertEquals(0, first.expiration());
        assertEquals(3, first.deliveryCount());
        FileMessage second = read.get(1);
        assertFalse(second.text());
        assertArrayEquals(new byte[] {0, (byte) 0xFF}, second.body());
        assertEquals("ID:0102030405060708090a0b0c0d0e0f101112131415161718", second.correlationId());
        assertEquals(NOW.toEpochMilli() + 5000, second.expiration());
    }

    @Test
    void aDamagedFileIsRefusedNamingTheLine() {
        FileMessage message = new FileMessage(
                false,
                "abcdef".getBytes(StandardCharsets.UTF_8),
                "ID:1",
                null,
                null,
                4,
                true,
                0,
                0,
                false,
                1,
                Map.of());
        String file = write(List.of(message));

        String flipped = file.replace("X 616263646566", "X 616263646567");
        MessageFileException damaged = assertThrows(MessageFileException.class, () -> read(flipped));
        assertTrue(damaged.getMessage().contains("CI-SHA256"), damaged.getMessage());

        String cut = file.replace("X 616263646566\n", "X 6162\n");
        assertTrue(assertThrows(MessageFileException.class, () -> read(cut))
                .getMessage()
                .contains("CI-LEN"));

        String badHex = file.replace("X 616263646566", "X 61626364656G");
        MessageFileException hex = assertThrows(MessageFileException.class, () -> read(badHex));
        int line = List.of(file.split("\n")).indexOf("X 616263646566") + 1;
        assertEquals(line, hex.line(), hex.getMessage());

        assertThrows(MessageFileException.class, () -> read(file.replace("* CI-BODY Bytes", "* CI-BODY Map")));
        assertThrows(MessageFileException.class, () -> read(file + "Q what\n"));
        assertThrows(MessageFileException.class, () -> read("* nothing here\n"));
        assertThrows(MessageFileException.class, () -> read("A PRI 4\nN\n"));
        assertThrows(MessageFileException.class, () -> read("N\nA PRI four\n"));
        assertThrows(MessageFileException.class, () -> read("N\n* CI-PRP int n 1.5\n"));
        assertThrows(MessageFileException.class, () -> read("N\n* CI-PRP char n x\n"));
        assertThrows(MessageFileException.class, () -> read("N\n* CI-PRP string n a b\n"));
        assertThrows(MessageFileException.class, () -> read("N\n* CI-PRP string n %E9\n"), "not UTF-8");
        MessageFileException tooMany =
                assertThrows(MessageFileException.class, () -> MessageFile.read(new StringReader("N\nN\nN\n"), NOW, 2));
        assertTrue(tooMany.getMessage().contains("more than 2"), tooMany.getMessage());
    }

    private static List<FileMessage> read(String file) {
        return MessageFile.read(new StringReader(file), NOW, 10);
    }

    private static String write(List<FileMessage> messages) {
        StringWriter out = new StringWriter();
        MessageFile.write(out, "JMSErrorQueue", NOW, messages);
        return out.toString();
    }
}
