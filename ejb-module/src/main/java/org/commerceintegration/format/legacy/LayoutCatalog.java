package org.commerceintegration.format.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All known record layouts, compiled into one {@link MessageLayout} per message type and version. The layouts are
 * data (bundled {@code layouts.txt}) because the spec leaves several of them incomplete (G-1, G-6): a site that
 * learns the real layout corrects it with an override file instead of a new build. Parsed once; immutable and
 * thread-safe, so one instance serves every message.
 */
public final class LayoutCatalog {

    /** System property naming a site layout file merged over the bundled one by {@link #load()}. */
    public static final String OVERRIDES_PROPERTY = "commerce.legacy.layouts";

    /** PROLOG field carrying the message type; every PROLOG layout must declare it. */
    public static final String MSG_TYPE = "NC_MsgType";

    /** PROLOG field carrying the message version; every PROLOG layout must declare it. */
    public static final String MSG_VERSION = "NC_MsgVersion";

    static final String RESOURCE = "layouts.txt";

    private final Map<String, RecordLayout> records;
    private final RecordLayout prolog;
    private final RecordLayout userData;
    private final Map<MessageKey, MessageLayout> messages;

    private LayoutCatalog(List<RecordLayout> layouts) {
        Map<String, RecordLayout> byKey = new LinkedHashMap<>();
        for (RecordLayout layout : layouts) {
            byKey.put(key(layout.type(), layout.version(), layout.tag()), layout);
        }
        this.records = Collections.unmodifiableMap(byKey);
        this.prolog = checkProlog(required("PROLOG"), "all messages");
        this.userData = required("DATUSR");
        this.messages = Collections.unmodifiableMap(compile());
    }

    /** The bundled layouts; parsed on first use, then shared. */
    public static LayoutCatalog fromResource() {
        return Bundled.CATALOG;
    }

    /**
     * The bundled layouts with the site file named by system property {@value #OVERRIDES_PROPERTY} merged over them
     * when that property is set; otherwise the same as {@link #fromResource()}.
     */
    public static LayoutCatalog load() {
        String site = System.getProperty(OVERRIDES_PROPERTY);
        return site == null || site.isBlank() ? fromResource() : fromResource().withOverrides(Path.of(site.strip()));
    }

    /** A complete catalog from a stream in the layout file format (UTF-8); must declare PROLOG and DATUSR. */
    public static LayoutCatalog from(InputStream in) {
        return new LayoutCatalog(parse(new InputStreamReader(in, StandardCharsets.UTF_8), "layout stream"));
    }

    /**
     * This catalog with a site file merged over it: each section of the site file replaces the section with the
     * same {@code [TYPE VERSION TAG]} as a whole; sections not yet known are added.
     *
     * @throws IllegalArgumentException naming file and line when the site file is malformed
     * @throws UncheckedIOException     when it cannot be read
     */
    public LayoutCatalog withOverrides(Path siteFile) {
        List<RecordLayout> site;
        try (Reader reader = Files.newBufferedReader(siteFile, StandardCharsets.UTF_8)) {
            site = LayoutParser.parse(reader, siteFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read legacy layout file " + siteFile, e);
        }
        Map<String, RecordLayout> merged = new LinkedHashMap<>(records);
        for (RecordLayout layout : site) {
            merged.put(key(layout.type(), layout.version(), layout.tag()), layout);
        }
        return new LayoutCatalog(new ArrayList<>(merged.values()));
    }

    /** The layouts for a message type and version, if known. */
    public Optional<MessageLayout> message(String type, String version) {
        return Optional.ofNullable(messages.get(new MessageKey(type, version)));
    }

    /**
     * The layouts for a message type and version.
     *
     * @throws LegacyFormatException with reason {@link LegacyFormatException#UNKNOWN_MESSAGE} when unknown
     */
    public MessageLayout requireMessage(String type, String version) {
        return message(type, version)
                .orElseThrow(() -> new LegacyFormatException(
                        LegacyFormatException.UNKNOWN_MESSAGE,
                        "No legacy layout for message type " + LegacyFormatException.quote(type) + " version "
                                + LegacyFormatException.quote(version)));
    }

    /** Every message type and version the catalog can read and write. */
    public Set<MessageKey> messageKeys() {
        return messages.keySet();
    }

    /** The PROLOG layout shared by all messages, used before the message type is known. */
    public RecordLayout prolog() {
        return prolog;
    }

    /** The DATUSR layout shared by all messages. */
    public RecordLayout userData() {
        return userData;
    }

    /** Every declared record layout, in declaration order (shared ones with type and version {@code *}). */
    public List<RecordLayout> records() {
        return List.copyOf(records.values());
    }

    private static List<RecordLayout> parse(Reader reader, String source) {
        try (Reader r = reader) {
            return LayoutParser.parse(r, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read legacy layouts from " + source, e);
        }
    }

    private RecordLayout required(String tag) {
        RecordLayout layout = records.get(key("*", "*", tag));
        if (layout == null) {
            throw new IllegalArgumentException("Legacy layouts must declare [* * " + tag + "]");
        }
        return layout;
    }

    private Map<MessageKey, MessageLayout> compile() {
        Map<MessageKey, List<RecordLayout>> byMessage = new LinkedHashMap<>();
        for (RecordLayout layout : records.values()) {
            if (!layout.type().equals("*")) {
                byMessage
                        .computeIfAbsent(new MessageKey(layout.type(), layout.version()), k -> new ArrayList<>())
                        .add(layout);
            }
        }
        Map<MessageKey, MessageLayout> compiled = new LinkedHashMap<>();
        for (Map.Entry<MessageKey, List<RecordLayout>> entry : byMessage.entrySet()) {
            RecordLayout ownProlog = prolog;
            RecordLayout ownUserData = userData;
            List<RecordLayout> header = new ArrayList<>();
            List<RecordLayout> item = new ArrayList<>();
            for (RecordLayout layout : entry.getValue()) {
                switch (layout.tag()) {
                    case "PROLOG" -> ownProlog = layout;
                    case "DATUSR" -> ownUserData = layout;
                    default -> (layout.tag().startsWith("HDR") ? header : item).add(layout);
                }
            }
            checkProlog(ownProlog, entry.getKey().toString());
            header.sort(Comparator.comparing(RecordLayout::tag));
            item.sort(Comparator.comparing(RecordLayout::tag));
            compiled.put(entry.getKey(), new MessageLayout(entry.getKey(), ownProlog, header, item, ownUserData));
        }
        return compiled;
    }

    private static RecordLayout checkProlog(RecordLayout layout, String forWhat) {
        for (String name : new String[] {MSG_TYPE, MSG_VERSION}) {
            if (layout.field(name) == null) {
                throw new IllegalArgumentException("PROLOG layout for " + forWhat + " lacks " + name);
            }
        }
        return layout;
    }

    private static String key(String type, String version, String tag) {
        return type + " " + version + " " + tag;
    }

    /** Holder idiom: the bundled file is parsed once, lazily, without locking on every call. */
    private static final class Bundled {
        static final LayoutCatalog CATALOG = load();

        private static LayoutCatalog load() {
            InputStream in = LayoutCatalog.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Bundled legacy layouts " + RESOURCE + " not on the class path");
            }
            return new LayoutCatalog(parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE));
        }
    }
}
