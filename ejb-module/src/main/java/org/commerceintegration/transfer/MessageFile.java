package org.commerceintegration.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads message files: the text layout of IBM MQ's {@code dmpmqmsg} (formerly the {@code qload}
 * SupportPac MO03), with this application's exact JMS headers and typed properties in comment lines.
 *
 * <p><b>From IBM's public documentation</b> ("dmpmqmsg (queue load and unload)" and "Meaning of three letter codes in
 * dmpmqmsg output file", IBM MQ 9.x): the three-letter codes of the message descriptor fields and the MQMD field each
 * stands for ({@code VER RPT MST EXP FDB ENC CCS FMT PRI PER MSI COI BOC RTQ RTM USR ACC AIX PAT PAN PTD PTT AOX GRP
 * MSQ OFF MSF ORL}); the MQMD's meaning of each (MsgId and CorrelId 24 bytes, Expiry in tenths of a second or -1 for
 * unlimited, Persistence 0/1/2, Format {@code MQSTR} for string data, PutDate {@code YYYYMMDD}, PutTime
 * {@code HHMMSSTH}); and IBM's mapping of JMS header fields to MQMD fields ("JMS fields and properties with
 * corresponding MQMD fields": JMSDeliveryMode to Persistence, JMSExpiration to Expiry, JMSPriority to Priority,
 * JMSMessageID to MsgId, JMSTimestamp to PutDate/PutTime, JMSCorrelationID to CorrelId, JMSXDeliveryCount to
 * BackoutCount + 1).
 *
 * <p><b>As {@code dmpmqmsg} writes its files</b>, which the documentation shows only in part: a line per item, its
 * first character saying what it is: {@code *} a comment, {@code N} the start of a message, {@code A} a descriptor
 * field ({@code A <code> <value>}), {@code X} message data in hexadecimal. This reader also accepts {@code S} lines
 * (data as a quoted string, bytes of the file's text) and ignores descriptor codes it does not use. It does not read
 * {@code T} lines (data as text split at line ends), whose layout IBM does not document.
 *
 * <p><b>This application's extension</b>, in comment lines that {@code dmpmqmsg} skips when it loads a file (so it
 * loads the bodies and descriptors of our files; the properties it does not see):
 *
 * <ul>
 *   <li>{@code * CI-FILE 1}: first line, the extension's version;</li>
 *   <li>{@code * CI-BODY Text|Bytes}: the JMS body type (a text body is its text in UTF-8, {@code CCS 1208});</li>
 *   <li>{@code * CI-HDR <name> <value>}: the exact JMS header values, since MsgId and CorrelId hold only 24 bytes
 *       and Expiry is relative: {@code JMSMessageID}, {@code JMSCorrelationID}, {@code JMSType},
 *       {@code JMSTimestamp}, {@code JMSExpiration}, {@code JMSRedelivered}, {@code JMSXDeliveryCount};</li>
 *   <li>{@code * CI-PRP <type> <name> <value>}: one property, type one of {@code string boolean byte short int long
 *       float double};</li>
 *   <li>{@code * CI-LEN <bytes>} and {@code * CI-SHA256 <hex>}: the body's length and digest, checked on reading,
 *       so that a damaged data line is refused rather than loaded.</li>
 * </ul>
 *
 * Strings in these lines are UTF-8 with every byte other than {@code A-Z a-z 0-9 - . _ : / @} escaped as
 * {@code %XX}. The descriptor lines are written as well, derived from the headers: MsgId and CorrelId are the 24
 * bytes of an {@code ID:} followed by 48 hex digits (IBM MQ's own JMS ids), else the id's first 24 UTF-8 bytes padded
 * with zeros; so a file loaded by {@code dmpmqmsg} gets the nearest MQ equivalents.
 *
 * <p>A file without extension lines (one {@code dmpmqmsg} wrote) is read from its descriptor lines: {@code FMT
 * MQSTR} makes a text message decoded with its CCSID's charset (1208 UTF-8, 819 ISO-8859-1, 1252 windows-1252, 1200
 * UTF-16BE, 367/437 US-ASCII), any other format a bytes message; a non-zero CorrelId becomes the correlation id
 * {@code ID:<hex>}; Expiry becomes an expiration that many tenths of a second after the reading. Properties an MQ
 * application set travel in an MQRFH2 header at the front of the data, which stays in the body as it is.
 */
public final class MessageFile {

    /** Message data bytes per {@code X} line. */
    private static final int BYTES_PER_LINE = 32;

    private static final String EXTENSION = "* CI-";
    private static final DateTimeFormatter PUT_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PUT_TIME =
            DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    private MessageFile() {}

    /** Writes the messages, taken from {@code queue} at {@code exportedAt}, as one file. */
    public static void write(Writer out, String queue, Instant exportedAt, List<FileMessage> messages) {
        try {
            line(out, "* CI-FILE 1");
            line(
                    out,
                    "* commerce-integration message file in the dmpmqmsg (qload) layout; CI- lines are its extension");
            line(out, "* Queue: " + queue);
            line(out, "* Exported: " + exportedAt);
            line(out, "* Messages: " + messages.size());
            for (FileMessage message : messages) {
                writeMessage(out, message, exportedAt);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the message file", e);
        }
    }

    private static void writeMessage(Writer out, FileMessage m, Instant exportedAt) throws IOException {
        line(out, "N");
        String ccsid = m.text() ? "1208" : ccsidOf(stringProperty(m, "charset"));
        line(out, "A VER 2");
        line(out, "A RPT 0");
        line(out, "A MST 8");
        line(out, "A EXP " + expiryTenths(m.expiration(), exportedAt));
        line(out, "A FDB 0");
        line(out, "A ENC 273");
        line(out, "A CCS " + ccsid);
        line(out, "A FMT " + (m.text() ? "MQSTR   " : "        "));
        line(out, "A PRI " + m.priority());
        line(out, "A PER " + (m.persistent() ? 1 : 0));
        line(out, "A MSI " + Hex.of(mqId(m.messageId())));
        line(out, "A COI " + Hex.of(mqId(m.correlationId())));
        line(out, "A BOC " + Math.max(0, m.deliveryCount() - 1));
        line(out, "A RTQ ");
        line(out, "A RTM ");
        line(out, "A USR ");
        line(out, "A ACC " + "00".repeat(32));
        line(out, "A AIX ");
        line(out, "A PAT 28");
        line(out, "A PAN commerce-integration");
        Instant put = Instant.ofEpochMilli(m.timestamp());
        line(out, "A PTD " + PUT_DATE.format(put));
        line(out, "A PTT " + PUT_TIME.format(put) + String.format("%02d", (m.timestamp() % 1000) / 10));
        line(out, "A AOX ");
        line(out, "A GRP " + "00".repeat(24));
        line(out, "A MSQ 1");
        line(out, "A OFF 0");
        line(out, "A MSF 0");
        line(out, "A ORL -1");
        line(out, "* CI-BODY " + (m.text() ? "Text" : "Bytes"));
        header(out, "JMSMessageID", m.messageId());
        header(out, "JMSCorrelationID", m.correlationId());
        header(out, "JMSType", m.type());
        header(out, "JMSTimestamp", Long.toString(m.timestamp()));
        header(out, "JMSExpiration", Long.toString(m.expiration()));
        header(out, "JMSRedelivered", Boolean.toString(m.redelivered()));
        header(out, "JMSXDeliveryCount", Integer.toString(m.deliveryCount()));
        for (Map.Entry<String, Object> property : m.properties().entrySet()) {
            PropertyType type = PropertyType.of(property.getValue());
            line(
                    out,
                    "* CI-PRP " + type.fileName() + " " + Escapes.escape(property.getKey()) + " "
                            + type.format(property.getValue()));
        }
        line(out, "* CI-LEN " + m.body().length);
        line(out, "* CI-SHA256 " + Hex.of(sha256(m.body())));
        for (int from = 0; from < m.body().length; from += BYTES_PER_LINE) {
            line(out, "X " + Hex.of(m.body(), from, Math.min(m.body().length, from + BYTES_PER_LINE)));
        }
    }

    private static void header(Writer out, String name, String value) throws IOException {
        if (value != null) {
            line(out, "* CI-HDR " + name + " " + Escapes.escape(value));
        }
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    /**
     * Reads every message of a file, or none: the first problem throws, naming its line.
     *
     * @param now the reading's time, from which a relative Expiry (a file without extension lines) counts
     * @param maxMessages the most messages the file may hold
     */
    public static List<FileMessage> read(Reader in, Instant now, int maxMessages) {
        BufferedReader lines = new BufferedReader(in);
        List<FileMessage> messages = new ArrayList<>();
        Draft draft = null;
        int number = 0;
        try {
            String text;
            while ((text = lines.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                char kind = text.charAt(0);
                if (kind == 'N' && text.strip().equals("N")) {
                    if (draft != null) {
                        messages.add(draft.build(now));
                    }
                    if (messages.size() >= maxMessages) {
                        throw new MessageFileException(number, "the file holds more than " + maxMessages + " messages");
                    }
                    draft = new Draft(number);
                    continue;
                }
                if (text.startsWith(EXTENSION)) {
                    if (!text.startsWith("* CI-FILE")) {
                        requireMessage(draft, number).extension(number, text.substring(EXTENSION.length()));
                    }
                    continue;
                }
                switch (kind) {
                    case '*' -> {
                        // a comment
                    }
                    case 'A' -> requireMessage(draft, number).descriptor(number, text);
                    case 'X' ->
                        requireMessage(draft, number)
                                .hexData(number, text.substring(1).strip());
                    case 'S' ->
                        requireMessage(draft, number)
                                .stringData(number, text.substring(1).strip());
                    default ->
                        throw new MessageFileException(
                                number,
                                "a line starting with '" + kind + "' is not part of the format"
                                        + " (*: comment, N: new message, A: descriptor field, X: data in hex, S: data as a string)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message file", e);
        }
        if (draft != null) {
            messages.add(draft.build(now));
        }
        if (messages.isEmpty()) {
            throw new MessageFileException(0, "the file holds no message (each starts with a line 'N')");
        }
        return messages;
    }

    private static Draft requireMessage(Draft draft, int number) {
        if (draft == null) {
            throw new MessageFileException(number, "data before the first message (a message starts with a line 'N')");
        }
        return draft;
    }

    /** A message being read, line by line. */
    private static final class Draft {

        private final int startLine;
        private final Map<String, String> descriptor = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        private String bodyType;
        private Integer length;
        private byte[] digest;

        Draft(int startLine) {
            this.startLine = startLine;
        }

        void descriptor(int number, String text) {
            String[] parts = text.split(" ", 3);
            if (parts.length < 2 || !parts[0].equals("A") || parts[1].length() != 3) {
                throw new MessageFileException(number, "a descriptor line is 'A <code> <value>': " + cut(text));
            }
            descriptor.put(parts[1], parts.length > 2 ? parts[2] : "");
        }

        void hexData(int number, String hex) {
            try {
                body.writeBytes(Hex.parse(hex.replace(" ", "")));
            } catch (IllegalArgumentException e) {
                throw new MessageFileException(number, "bad message data: " + e.getMessage());
            }
        }

        void stringData(int number, String quoted) {
            if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
                throw new MessageFileException(number, "an S line holds a quoted string");
            }
            body.writeBytes(quoted.substring(1, quoted.length() - 1).getBytes(StandardCharsets.UTF_8));
        }

        void extension(int number, String text) {
            String[] parts = text.split(" ", -1);
            try {
                switch (parts[0]) {
                    case "BODY" -> {
                        if (parts.length != 2 || !(parts[1].equals("Text") || parts[1].equals("Bytes"))) {
                            throw new IllegalArgumentException("CI-BODY is Text or Bytes");
                        }
                        bodyType = parts[1];
                    }
                    case "HDR" -> {
                        if (parts.length < 2 || parts.length > 3) {
                            throw new IllegalArgumentException("CI-HDR is '<name> <value>'");
                        }
                        headers.put(parts[1], Escapes.unescape(parts.length == 3 ? parts[2] : ""));
                    }
                    case "PRP" -> {
                        if (parts.length < 3 || parts.length > 4) {
                            throw new IllegalArgumentException("CI-PRP is '<type> <name> <value>'");
                        }
                        PropertyType type = PropertyType.ofFileName(parts[1]);
                        if (type == null) {
                            throw new IllegalArgumentException("unknown property type '" + parts[1] + "'");
                        }
                        String name = Escapes.unescape(parts[2]);
                        if (name.isEmpty() || properties.containsKey(name)) {
                            throw new IllegalArgumentException("property name empty or given twice: " + name);
                        }
                        properties.put(name, type.parse(parts.length == 4 ? parts[3] : ""));
                    }
                    case "LEN" -> length = Integer.valueOf(parts[1]);
                    case "SHA256" -> digest = Hex.parse(parts[1]);
                    default -> throw new IllegalArgumentException("unknown extension line CI-" + parts[0]);
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new MessageFileException(number, "bad line '* CI-" + cut(text) + "': " + e.getMessage());
            }
        }

        FileMessage build(Instant now) {
            byte[] bytes = body.toByteArray();
            if (length != null && length != bytes.length) {
                throw new MessageFileException(
                        startLine,
                        "the message starting here has " + bytes.length + " bytes of data, its CI-LEN says " + length);
            }
            if (digest != null && !Arrays.equals(digest, sha256(bytes))) {
                throw new MessageFileException(
                        startLine, "the data of the message starting here does not match its CI-SHA256: damaged");
            }
            try {
                String format = descriptor.getOrDefault("FMT", "").strip();
                boolean text = bodyType != null ? bodyType.equals("Text") : format.equals("MQSTR");
                String ccsid = descriptor.getOrDefault("CCS", "1208").strip();
                if (text && bodyType == null && !ccsid.equals("1208")) {
                    // a dmpmqmsg string body in another CCSID: our text bodies are UTF-8
                    bytes = new String(bytes, charsetOf(ccsid)).getBytes(StandardCharsets.UTF_8);
                }
                int priority = integer(descriptor.getOrDefault("PRI", "4"), "PRI");
                String persistence = descriptor.getOrDefault("PER", "1").strip();
                long timestamp = headers.containsKey("JMSTimestamp") ? Long.parseLong(headers.get("JMSTimestamp")) : 0;
                long expiration;
                if (headers.containsKey("JMSExpiration")) {
                    expiration = Long.parseLong(headers.get("JMSExpiration"));
                } else {
                    int tenths = integer(descriptor.getOrDefault("EXP", "-1"), "EXP");
                    expiration = tenths <= 0 ? 0 : now.toEpochMilli() + tenths * 100L;
                }
                String correlation = headers.containsKey("JMSCorrelationID")
                        ? headers.get("JMSCorrelationID")
                        : correlationOf(descriptor.getOrDefault("COI", "").strip());
                int deliveryCount = headers.containsKey("JMSXDeliveryCount")
                        ? Integer.parseInt(headers.get("JMSXDeliveryCount"))
                        : integer(descriptor.getOrDefault("BOC", "0"), "BOC") + 1;
                return new FileMessage(
                        text,
                        bytes,
                        headers.get("JMSMessageID"),
                        correlation,
                        headers.get("JMSType"),
                        Math.max(0, Math.min(9, priority)),
                        !persistence.equals("0"),
                        timestamp,
                        expiration,
                        Boolean.parseBoolean(headers.getOrDefault("JMSRedelivered", "false")),
                        deliveryCount,
                        properties);
            } catch (IllegalArgumentException e) {
                throw new MessageFileException(startLine, "the message starting here: " + e.getMessage());
            }
        }

        private static int integer(String value, String code) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(code + " is not a number: " + cut(value));
            }
        }
    }

    /** MQ's MsgId/CorrelId bytes for a JMS id. */
    static byte[] mqId(String id) {
        byte[] bytes = new byte[24];
        if (id == null) {
            return bytes;
        }
        if (id.startsWith("ID:")
                && id.length() == 51
                && id.substring(3).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Hex.parse(id.substring(3));
        }
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, bytes, 0, Math.min(24, utf8.length));
        return bytes;
    }

    private static String correlationOf(String hex) {
        if (hex.isEmpty() || hex.chars().allMatch(c -> c == '0')) {
            return null;
        }
        Hex.parse(hex); // refuses anything but hex digits
        return "ID:" + hex.toLowerCase(java.util.Locale.ROOT);
    }

    private static String expiryTenths(long expiration, Instant exportedAt) {
        if (expiration == 0) {
            return "-1";
        }
        return Long.toString(Math.max(1, (expiration - exportedAt.toEpochMilli()) / 100));
    }

    private static String stringProperty(FileMessage m, String name) {
        Object value = m.properties().get(name);
        return value instanceof String s ? s : null;
    }

    private static String ccsidOf(String charset) {
        if (charset == null) {
            return "1208";
        }
        return switch (charset.toUpperCase(java.util.Locale.ROOT)) {
            case "ISO-8859-1", "ISO8859_1", "LATIN1" -> "819";
            case "WINDOWS-1252", "CP1252" -> "1252";
            case "UTF-16", "UTF-16BE" -> "1200";
            case "US-ASCII", "ASCII" -> "367";
            default -> "1208";
        };
    }

    private static java.nio.charset.Charset charsetOf(String ccsid) {
        return switch (ccsid) {
            case "1208" -> StandardCharsets.UTF_8;
            case "819" -> StandardCharsets.ISO_8859_1;
            case "1252" -> java.nio.charset.Charset.forName("windows-1252");
            case "1200" -> StandardCharsets.UTF_16BE;
            case "367", "437" -> StandardCharsets.US_ASCII;
            default ->
                throw new IllegalArgumentException("a string body in CCSID " + ccsid
                        + ", which this reader does not decode (1208, 819, 1252, 1200, 367, 437)");
        };
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
