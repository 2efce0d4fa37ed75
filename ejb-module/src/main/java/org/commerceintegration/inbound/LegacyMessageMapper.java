package org.commerceintegration.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.MessageFormatException;
import org.commerceintegration.format.legacy.FieldKind;
import org.commerceintegration.format.legacy.FieldLayout;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyItem;
import org.commerceintegration.format.legacy.LegacyMessage;
import org.commerceintegration.format.legacy.LegacyMessageReader;
import org.commerceintegration.format.legacy.LegacyRecord;
import org.commerceintegration.format.legacy.MessageKey;
import org.commerceintegration.format.legacy.MessageLayout;
import org.commerceintegration.format.legacy.RecordLayout;
import org.commerceintegration.format.legacy.UserDatum;

/**
 * The {@code NC.LEGACY} mapper: turns a legacy buffer ({@code <ECEDOC><PROLOG>…}) into a command invocation.
 * The PROLOG's type and version select the command through a small table ({@code OS 01}/{@code OS 02} →
 * {@code OrderStatus}); property names come from the layouts' {@code target} attributes, so correcting a layout
 * file corrects the mapping too. Blank fields are left out, because an absent parameter means "leave the column
 * unchanged" to the command. DATE fields become JDBC timestamp text at local midnight (G-12). Header and item
 * {@code DATUSR} pairs become user data (trimmed; a repeated name keeps its last value).
 *
 * <p>Characters beyond a record's known layout are passed on under {@value #TRAILING} (for a group's further
 * records {@code _trailing.TAG}), right-trimmed, only when not blank: they are the undocumented rest of the record
 * (G-1) and a command or an operator may need them, while blank padding carries nothing.
 *
 * <p>All per-layout work (which field goes to which parameter) is done in the constructor; mapping a message is
 * one linear read plus map insertions. Immutable and thread-safe.
 */
@ApplicationScoped
public class LegacyMessageMapper implements MessageMapper {

    /** Property key for non-blank characters beyond a record's layout. */
    public static final String TRAILING = "_trailing";

    /** The shipped pairings of legacy message type/version and command (spec §1.2). */
    public static final Map<MessageKey, String> DEFAULT_COMMANDS = Map.of(
            new MessageKey("OS", "01"), "OrderStatus",
            new MessageKey("OS", "02"), "OrderStatus");

    private static final String MIDNIGHT = " 00:00:00.000000";

    private final LegacyMessageReader reader;
    private final Map<MessageKey, Mapping> mappings;

    /** For CDI: the bundled layouts, with a site file merged if {@link LayoutCatalog#OVERRIDES_PROPERTY} is set. */
    public LegacyMessageMapper() {
        this(LayoutCatalog.load());
    }

    public LegacyMessageMapper(LayoutCatalog catalog) {
        this(catalog, DEFAULT_COMMANDS);
    }

    /**
     * @param commands command name per message type and version; each must have layouts in the catalog
     * @throws IllegalArgumentException when a command's message has no layout, or two fields target one parameter
     */
    public LegacyMessageMapper(LayoutCatalog catalog, Map<MessageKey, String> commands) {
        this(catalog, commands, LegacyMessageReader.DEFAULT_MAX_LENGTH);
    }

    public LegacyMessageMapper(LayoutCatalog catalog, Map<MessageKey, String> commands, int maxLength) {
        this.reader = new LegacyMessageReader(catalog, maxLength);
        Map<MessageKey, Mapping> compiled = new LinkedHashMap<>();
        for (Map.Entry<MessageKey, String> entry : commands.entrySet()) {
            MessageKey key = entry.getKey();
            MessageLayout layout = catalog.message(key.type(), key.version())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No legacy layout for " + key + " (command " + entry.getValue() + ")"));
            compiled.put(
                    key,
                    new Mapping(entry.getValue(), key.toString(), compile(layout.header()), compile(layout.item())));
        }
        this.mappings = Map.copyOf(compiled);
    }

    /** A legacy message is one order, so one invocation; the charset plays no part (the layouts are fixed-width). */
    @Override
    public Optional<List<CommandInvocation>> map(String message, java.nio.charset.Charset decodedWith) {
        return map(message).map(List::of);
    }

    /**
     * @return the invocation, or empty when the text is not a legacy buffer ({@code <ECEDOC>})
     * @throws MessageFormatException {@link #NO_COMMAND} for a message type and version without command, or where the
     *                                buffer breaks its layout
     */
    public Optional<CommandInvocation> map(String message) {
        if (!LegacyMessageReader.looksLegacy(message)) {
            return Optional.empty();
        }
        MessageKey key = reader.readKey(message);
        Mapping mapping = mappings.get(key);
        if (mapping == null) {
            throw new MessageFormatException(
                    NO_COMMAND,
                    "No command matches the inbound message: legacy message type '" + key.type() + "' version '"
                            + key.version() + "'");
        }
        LegacyMessage legacy = reader.read(message);
        Map<String, String> properties = new LinkedHashMap<>();
        put(properties, mapping.header, legacy.headerRecords());
        List<CommandInvocation.ItemProperties> items =
                new ArrayList<>(legacy.items().size());
        for (LegacyItem item : legacy.items()) {
            Map<String, String> itemProperties = new LinkedHashMap<>();
            put(itemProperties, mapping.item, item.records());
            items.add(new CommandInvocation.ItemProperties(itemProperties, userData(item.userData())));
        }
        return Optional.of(new CommandInvocation(
                mapping.command, mapping.messageType, Map.of(), properties, userData(legacy.headerUserData()), items));
    }

    private static void put(Map<String, String> target, RecordMapping[] mappings, List<LegacyRecord> records) {
        for (int i = 0; i < mappings.length; i++) {
            LegacyRecord record = records.get(i);
            for (FieldMapping field : mappings[i].fields) {
                String text = record.text(field.name);
                if (text != null) {
                    target.put(field.parameter, field.date ? record.date(field.name) + MIDNIGHT : text);
                }
            }
            String trailing = stripTrailingBlanks(record.trailing());
            if (!trailing.isBlank()) {
                target.put(mappings[i].trailingKey, trailing);
            }
        }
    }

    private static Map<String, String> userData(List<UserDatum> data) {
        Map<String, String> result = new LinkedHashMap<>();
        for (UserDatum datum : data) {
            result.put(datum.name(), datum.value().strip());
        }
        return result;
    }

    private static String stripTrailingBlanks(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    private static RecordMapping[] compile(List<RecordLayout> layouts) {
        RecordMapping[] result = new RecordMapping[layouts.size()];
        Set<String> parameters = new HashSet<>();
        for (int i = 0; i < layouts.size(); i++) {
            RecordLayout layout = layouts.get(i);
            List<FieldMapping> fields = new ArrayList<>();
            for (FieldLayout field : layout.fields()) {
                if (field.target() == null) {
                    continue;
                }
                if (!parameters.add(field.target())) {
                    throw new IllegalArgumentException("Two legacy fields map to parameter " + field.target()
                            + " (second: " + layout.tag() + " " + field.name() + ")");
                }
                fields.add(new FieldMapping(field.name(), field.target(), field.kind() == FieldKind.DATE));
            }
            String trailingKey = i == 0 ? TRAILING : TRAILING + "." + layout.tag();
            result[i] = new RecordMapping(fields.toArray(new FieldMapping[0]), trailingKey);
        }
        return result;
    }

    private record FieldMapping(String name, String parameter, boolean date) {}

    private record RecordMapping(FieldMapping[] fields, String trailingKey) {}

    private record Mapping(String command, String messageType, RecordMapping[] header, RecordMapping[] item) {}
}
