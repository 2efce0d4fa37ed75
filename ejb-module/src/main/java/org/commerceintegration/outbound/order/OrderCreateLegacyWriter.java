package org.commerceintegration.outbound.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.commerceintegration.catalog.CatalogEntry;
import org.commerceintegration.catalog.CatalogEntryDescription;
import org.commerceintegration.format.legacy.FieldLayout;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyFormatException;
import org.commerceintegration.format.legacy.LegacyMessage;
import org.commerceintegration.format.legacy.LegacyMessageBuilder;
import org.commerceintegration.format.legacy.LegacyMessageWriter;
import org.commerceintegration.format.legacy.MessageLayout;
import org.commerceintegration.format.legacy.RecordLayout;
import org.commerceintegration.member.Address;
import org.commerceintegration.member.UserRegistration;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.commerceintegration.store.StoreAddress;
import org.commerceintegration.store.StoreDescription;

/**
 * Writes the legacy Order Create message ({@code ON}/{@code 01}, spec §4) with the layout engine the inbound side
 * uses. The values are chosen by the layouts themselves: each field's {@code target=TABLE.COLUMN} names the column it
 * is taken from, and each record reads its tables from fixed rows:
 *
 * <table>
 *   <caption>Rows behind each record</caption>
 *   <tr><td>HDR010</td><td>{@code ORDERS}: the order</td></tr>
 *   <tr><td>HDR020</td><td>{@code USERREG}: the purchaser's logon; {@code ADDRESS}: the purchaser's self address
 *       ({@code SELFADDRESS = 1}); {@code MBRGRP}: not read, left blank</td></tr>
 *   <tr><td>HDR030</td><td>{@code ADDRESS}: the bill-to address ({@code ORDERS.ADDRESS_ID})</td></tr>
 *   <tr><td>HDR040</td><td>{@code STOREENTDS}: the store's name; {@code STADDRESS}: its contact address</td></tr>
 *   <tr><td>ITM010</td><td>{@code ORDERITEMS}: the item; {@code CATENTRY}, {@code CATENTDESC}: its catalog entry;
 *       {@code ADDRESS}: its ship-to address; {@code NC_ItemLineNumber} counts from 1 (§4.8)</td></tr>
 * </table>
 *
 * A layout naming a table or column not listed here is refused when the writer is built (at start-up), not on the
 * first order. No offsets are computed here: positions, widths and padding are the layout engine's.
 *
 * <p>As Commerce's generator does ([MSG] §4.1), the message fails when the purchaser's self address, the bill-to
 * address named by the order, or the store's description cannot be found. A value longer than its field fails with
 * the record, field and width named, unless the writer truncates (TEXT fields only; numbers are never cut). Numbers
 * follow {@link MessageNumbers}; CHAR columns lose their blank padding. Immutable and thread-safe.
 */
public final class OrderCreateLegacyWriter {

    /** {@code NC_MsgType} of Order Create ("Order New"). */
    public static final String MESSAGE_TYPE = "ON";
    /** {@code NC_MsgVersion} of Order Create. */
    public static final String VERSION = "01";

    static final String LINE_NUMBER = "NC_ItemLineNumber";

    /** The tables each record may read; a table without an entity ({@code MBRGRP}) is known but not read: blank. */
    private static final Map<String, Set<String>> TABLES_OF_RECORD = Map.of(
            "HDR010", Set.of("ORDERS"),
            "HDR020", Set.of("USERREG", "ADDRESS", "MBRGRP"),
            "HDR030", Set.of("ADDRESS"),
            "HDR040", Set.of("STOREENTDS", "STADDRESS"),
            "ITM010", Set.of("ORDERITEMS", "CATENTRY", "CATENTDESC", "ADDRESS"));

    private static final Map<String, Class<?>> ENTITY_OF_TABLE = entities();

    private final LayoutCatalog catalog;
    private final LegacyMessageWriter writer;
    private final int maxItems;

    /**
     * @throws IllegalStateException when the catalog has no {@code ON 01} layout, or a field of it targets a table or
     *                               column this writer does not read
     */
    public OrderCreateLegacyWriter(LayoutCatalog catalog, boolean truncate) {
        this.catalog = catalog;
        MessageLayout layout = catalog.requireMessage(MESSAGE_TYPE, VERSION);
        for (RecordLayout record : layout.header()) {
            check(record);
        }
        for (RecordLayout record : layout.item()) {
            check(record);
        }
        RecordLayout itemRecord = layout.itemRecord("ITM010");
        FieldLayout lineNumber = itemRecord == null ? null : itemRecord.field(LINE_NUMBER);
        this.maxItems = lineNumber == null
                ? Integer.MAX_VALUE
                : (int) Math.min(Integer.MAX_VALUE, Math.pow(10, lineNumber.width()) - 1);
        LegacyMessageWriter strict = new LegacyMessageWriter();
        this.writer = truncate ? strict.withTruncation() : strict;
    }

    /** The message as a legacy buffer (text; the composer encodes it). */
    public String write(OrderMessageData data, UserDataSource userData) {
        Order order = data.order();
        try {
            requireRows(data);
            if (data.items().size() > maxItems) {
                throw new OutboundCompositionException(data.items().size() + " items do not fit: the legacy Order"
                        + " Create numbers items in " + LINE_NUMBER + ", which holds at most " + maxItems);
            }
            LegacyMessageBuilder message = LegacyMessage.builder(catalog, MESSAGE_TYPE, VERSION);
            message.header("HDR010", values("HDR010", rows("ORDERS", order), null));
            message.header(
                    "HDR020",
                    values("HDR020", rows("USERREG", data.registration(), "ADDRESS", data.purchaser()), null));
            message.header("HDR030", values("HDR030", rows("ADDRESS", data.billTo()), null));
            message.header(
                    "HDR040",
                    values(
                            "HDR040",
                            rows("STOREENTDS", data.storeDescription(), "STADDRESS", data.storeContact()),
                            null));
            for (UserDataField field : userData.header(data)) {
                message.headerUserData(field.name(), field.value());
            }
            int line = 1;
            for (OrderItem item : data.items()) {
                message.item(
                        "ITM010",
                        values(
                                "ITM010",
                                rows(
                                        "ORDERITEMS",
                                        item,
                                        "CATENTRY",
                                        data.catalogEntry(item),
                                        "CATENTDESC",
                                        data.description(item),
                                        "ADDRESS",
                                        data.shipTo(item)),
                                line++));
                for (UserDataField field : userData.item(data, item)) {
                    message.itemUserData(field.name(), field.value());
                }
            }
            return writer.write(message.build());
        } catch (LegacyFormatException e) {
            String hint = !writer.truncates() && e.getMessage().contains("does not fit width")
                    ? " (text longer than its field is cut only with commerce.outbound.legacy.truncate=true)"
                    : "";
            throw new OutboundCompositionException(
                    "Order " + order.getId() + ": legacy Order Create " + MESSAGE_TYPE + " " + VERSION + ": "
                            + e.getMessage() + hint,
                    e);
        } catch (OutboundCompositionException e) {
            throw new OutboundCompositionException(
                    "Order " + order.getId() + ": legacy Order Create: " + e.getMessage(), e);
        }
    }

    /** The rows Commerce's generator cannot do without ([MSG] §4.1). */
    private static void requireRows(OrderMessageData data) {
        Order order = data.order();
        if (data.purchaser() == null) {
            throw new OutboundCompositionException("the purchaser (member " + order.getMemberId()
                    + ") has no self address (ADDRESS with SELFADDRESS = 1) for HDR020");
        }
        if (order.getBillingAddressId() != null && data.billTo() == null) {
            throw new OutboundCompositionException(
                    "the bill-to address " + order.getBillingAddressId() + " (ORDERS.ADDRESS_ID) does not exist");
        }
        if (data.storeDescription() == null) {
            throw new OutboundCompositionException(
                    "store " + order.getStoreId() + " has no description (STOREENTDS) for HDR040");
        }
    }

    /** Field values of one record: by target column from its rows, plus the line number for items. */
    private Map<String, Object> values(String tag, Map<String, Object> rows, Integer lineNumber) {
        MessageLayout layout = catalog.requireMessage(MESSAGE_TYPE, VERSION);
        RecordLayout record = layout.headerRecord(tag) != null ? layout.headerRecord(tag) : layout.itemRecord(tag);
        Map<String, Object> values = new HashMap<>();
        for (FieldLayout field : record.fields()) {
            if (field.name().equals(LINE_NUMBER) && lineNumber != null) {
                values.put(field.name(), lineNumber);
                continue;
            }
            if (field.target() == null) {
                continue;
            }
            String[] source = field.target().split("\\.", 2);
            Object row = rows.get(source[0]);
            if (row != null) {
                Object value = normalised(EntityColumns.value(row, source[1]));
                if (value != null) {
                    values.put(field.name(), value);
                }
            }
        }
        return values;
    }

    /** Blank padding of CHAR columns removed; amounts and quantities in the legacy number form. */
    private static Object normalised(Object value) {
        if (value instanceof String text) {
            String stripped = text.stripTrailing();
            return stripped.isEmpty() ? null : stripped;
        }
        if (value instanceof BigDecimal amount) {
            return MessageNumbers.legacyAmount(amount);
        }
        if (value instanceof Double quantity) {
            return MessageNumbers.legacyQuantity(quantity);
        }
        return value;
    }

    private static Map<String, Object> rows(Object... tableAndRow) {
        Map<String, Object> rows = new HashMap<>();
        for (int i = 0; i + 1 < tableAndRow.length; i += 2) {
            if (tableAndRow[i + 1] != null) {
                rows.put((String) tableAndRow[i], tableAndRow[i + 1]);
            }
        }
        return rows;
    }

    private static void check(RecordLayout record) {
        Set<String> tables = TABLES_OF_RECORD.get(record.tag());
        if (tables == null) {
            throw new IllegalStateException("Legacy layout [ON 01 " + record.tag() + "]: the Order Create writer"
                    + " has no rows for this record; it knows " + TABLES_OF_RECORD.keySet());
        }
        for (FieldLayout field : record.fields()) {
            if (field.target() == null) {
                continue;
            }
            String[] source = field.target().split("\\.", 2);
            if (source.length != 2 || !tables.contains(source[0])) {
                throw new IllegalStateException("Legacy layout [ON 01 " + record.tag() + "] field " + field.name()
                        + ": target " + field.target() + " is not TABLE.COLUMN of one of " + tables);
            }
            Class<?> entity = ENTITY_OF_TABLE.get(source[0]);
            if (entity != null && !EntityColumns.columns(entity).contains(source[1])) {
                throw new IllegalStateException("Legacy layout [ON 01 " + record.tag() + "] field " + field.name()
                        + ": table " + source[0] + " has no column " + source[1] + " (known: "
                        + EntityColumns.columns(entity) + ")");
            }
        }
    }

    private static Map<String, Class<?>> entities() {
        Map<String, Class<?>> entities = new HashMap<>();
        entities.put("ORDERS", Order.class);
        entities.put("ORDERITEMS", OrderItem.class);
        entities.put("ADDRESS", Address.class);
        entities.put("USERREG", UserRegistration.class);
        entities.put("STOREENTDS", StoreDescription.class);
        entities.put("STADDRESS", StoreAddress.class);
        entities.put("CATENTRY", CatalogEntry.class);
        entities.put("CATENTDESC", CatalogEntryDescription.class);
        return Map.copyOf(entities);
    }
}
