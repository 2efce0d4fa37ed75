package org.commerceintegration.format.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a legacy buffer into a {@link LegacyMessage}. Structure accepted:
 *
 * <pre>
 * &lt;ECEDOC&gt; &lt;PROLOG&gt;…&lt;/PROLOG&gt;
 *   &lt;HEADER&gt; (header records, all, in layout order) [&lt;USRLST&gt; (&lt;DATUSR&gt;…)* &lt;/USRLST&gt;] &lt;/HEADER&gt;
 *   [&lt;ITMLST&gt; (&lt;ITMDAT&gt; (item records) [&lt;USRLST&gt;…&lt;/USRLST&gt;] &lt;/ITMDAT&gt;)* &lt;/ITMLST&gt;]
 * &lt;/ECEDOC&gt;
 * </pre>
 *
 * <p>Whitespace (CR, LF, tab, space) between tags is skipped; a leading byte-order mark too. Omitted or empty user
 * lists and an empty or absent item list are accepted (G-5). A record longer than its layout is accepted and the
 * extra characters kept; a shorter one is an error. Every problem is a {@link LegacyFormatException} naming record,
 * field and offsets. The reader only moves forward through the buffer (no regular expressions, no recursion), so
 * time is linear and hostile input cannot make it slow; buffers above a size limit are refused before reading.
 * Thread-safe; create once.
 */
public final class LegacyMessageReader {

    /** 1 MiB characters: far above any real order message, low enough to bound memory per message. */
    public static final int DEFAULT_MAX_LENGTH = 1 << 20;

    static final String ECEDOC = "<ECEDOC>";
    static final String ECEDOC_END = "</ECEDOC>";
    static final String HEADER = "<HEADER>";
    static final String HEADER_END = "</HEADER>";
    static final String USRLST = "<USRLST>";
    static final String USRLST_END = "</USRLST>";
    static final String ITMLST = "<ITMLST>";
    static final String ITMLST_END = "</ITMLST>";
    static final String ITMDAT = "<ITMDAT>";
    static final String ITMDAT_END = "</ITMDAT>";
    static final String PROLOG = "<PROLOG>";
    private static final String MESSAGE_START = ECEDOC + PROLOG;
    private static final char BOM = '\uFEFF';

    private final LayoutCatalog catalog;
    private final int maxLength;

    public LegacyMessageReader(LayoutCatalog catalog) {
        this(catalog, DEFAULT_MAX_LENGTH);
    }

    /** @param maxLength largest buffer accepted, in characters */
    public LegacyMessageReader(LayoutCatalog catalog, int maxLength) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be positive");
        }
        this.maxLength = maxLength;
    }

    /**
     * Whether the text looks like a legacy message: {@code <ECEDOC><PROLOG>} after an optional byte-order mark and
     * whitespace. Cheap enough to decide whether a legacy mapper should handle a message at all.
     */
    public static boolean looksLegacy(String text) {
        return text != null && text.startsWith(MESSAGE_START, start(text));
    }

    /** Reads the whole message. */
    public LegacyMessage read(String buffer) {
        BufferCursor cursor = open(buffer);
        MessageLayout layout = readProlog(cursor);
        LegacyRecord prolog = RecordCodec.read(cursor, layout.prolog());

        cursor.skipWhitespace();
        cursor.expect(HEADER);
        List<LegacyRecord> header = readRecords(cursor, layout.header());
        List<UserDatum> headerUserData = readUserList(cursor, layout.userData());
        cursor.skipWhitespace();
        cursor.expect(HEADER_END);

        List<LegacyItem> items = new ArrayList<>();
        cursor.skipWhitespace();
        if (cursor.at(ITMLST)) {
            cursor.expect(ITMLST);
            cursor.skipWhitespace();
            while (cursor.at(ITMDAT)) {
                cursor.expect(ITMDAT);
                List<LegacyRecord> records = readRecords(cursor, layout.item());
                List<UserDatum> userData = readUserList(cursor, layout.userData());
                cursor.skipWhitespace();
                cursor.expect(ITMDAT_END);
                items.add(new LegacyItem(records, userData));
                cursor.skipWhitespace();
            }
            cursor.expect(ITMLST_END);
            cursor.skipWhitespace();
        }
        cursor.expect(ECEDOC_END);
        cursor.skipWhitespace();
        if (!cursor.atEnd()) {
            throw new LegacyFormatException(
                    LegacyFormatException.STRUCTURE,
                    "Content after " + ECEDOC_END
                            + " at buffer offset " + cursor.pos() + ": "
                            + LegacyFormatException.foundAt(buffer, cursor.pos()),
                    null,
                    null,
                    -1,
                    cursor.pos());
        }
        return new LegacyMessage(layout, prolog, header, headerUserData, items);
    }

    /**
     * Reads only as far as the PROLOG and returns the message type and version, e.g. to choose a command before
     * committing to a full read. Does not require a layout for that type.
     */
    public MessageKey readKey(String buffer) {
        BufferCursor cursor = open(buffer);
        cursor.expect(ECEDOC);
        cursor.skipWhitespace();
        int dataStart = cursor.pos() + PROLOG.length();
        return key(RecordCodec.read(cursor, catalog.prolog()), dataStart);
    }

    /**
     * Reads a run of {@code <DATUSR>} records (whitespace between them allowed), e.g. the extension records an
     * outbound customisation returns as text (spec §4.10), so they can be added through the message builder.
     */
    public List<UserDatum> readUserData(String records) {
        BufferCursor cursor = open(records);
        List<UserDatum> result = new ArrayList<>();
        RecordLayout layout = catalog.userData();
        while (cursor.at(layout.openTag())) {
            result.add(UserDataCodec.read(cursor, layout));
            cursor.skipWhitespace();
        }
        if (!cursor.atEnd()) {
            throw LegacyFormatException.missingTag(layout.openTag(), records, cursor.pos());
        }
        return result;
    }

    private BufferCursor open(String buffer) {
        Objects.requireNonNull(buffer, "buffer");
        if (buffer.length() > maxLength) {
            throw new LegacyFormatException(
                    LegacyFormatException.TOO_LARGE,
                    "Legacy buffer of " + buffer.length() + " characters exceeds the limit of " + maxLength
                            + " characters");
        }
        return new BufferCursor(buffer, start(buffer));
    }

    private static int start(String text) {
        int from = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        return BufferCursor.skipWhitespace(text, from);
    }

    /** Reads the PROLOG with the shared layout and leaves the cursor before it, for the type's own layout. */
    private MessageLayout readProlog(BufferCursor cursor) {
        cursor.expect(ECEDOC);
        cursor.skipWhitespace();
        BufferCursor probe = new BufferCursor(cursor.buffer(), cursor.pos());
        int dataStart = cursor.pos() + PROLOG.length();
        MessageKey key = key(RecordCodec.read(probe, catalog.prolog()), dataStart);
        return catalog.message(key.type(), key.version()).orElseThrow(() -> {
            FieldLayout type = catalog.prolog().field(LayoutCatalog.MSG_TYPE);
            return LegacyFormatException.atField(
                    LegacyFormatException.UNKNOWN_MESSAGE,
                    "PROLOG",
                    type.name(),
                    type.offset(),
                    dataStart + type.offset(),
                    "no layout for message type "
                            + LegacyFormatException.quote(key.type()) + " version "
                            + LegacyFormatException.quote(key.version()));
        });
    }

    private static MessageKey key(LegacyRecord prolog, int dataStart) {
        String type = prolog.text(LayoutCatalog.MSG_TYPE);
        String version = prolog.text(LayoutCatalog.MSG_VERSION);
        for (String name : new String[] {LayoutCatalog.MSG_TYPE, LayoutCatalog.MSG_VERSION}) {
            if (prolog.text(name) == null) {
                FieldLayout field = prolog.layout().field(name);
                throw LegacyFormatException.atField(
                        LegacyFormatException.FIELD,
                        "PROLOG",
                        name,
                        field.offset(),
                        dataStart + field.offset(),
                        "is blank");
            }
        }
        return new MessageKey(type, version);
    }

    private static List<LegacyRecord> readRecords(BufferCursor cursor, List<RecordLayout> layouts) {
        List<LegacyRecord> records = new ArrayList<>(layouts.size());
        for (RecordLayout layout : layouts) {
            cursor.skipWhitespace();
            records.add(RecordCodec.read(cursor, layout));
        }
        return records;
    }

    private static List<UserDatum> readUserList(BufferCursor cursor, RecordLayout layout) {
        cursor.skipWhitespace();
        if (!cursor.at(USRLST)) {
            return List.of();
        }
        cursor.expect(USRLST);
        List<UserDatum> result = new ArrayList<>();
        cursor.skipWhitespace();
        while (cursor.at(layout.openTag())) {
            result.add(UserDataCodec.read(cursor, layout));
            cursor.skipWhitespace();
        }
        cursor.expect(USRLST_END);
        return result;
    }
}
