package org.commerceintegration.format.reference;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.commerceintegration.format.legacy.FieldLayout;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyBreakdown;
import org.commerceintegration.format.legacy.MessageLayout;
import org.commerceintegration.format.legacy.RecordLayout;

/**
 * The Commerce order a failed status message names, read from its body on the server so that its processing record
 * can be found by order and the console need not parse messages itself. The message failed because it could not be
 * read, so this reads leniently and as far as it goes: a legacy body through the breakdown (the field whose layout
 * target is the command's {@code orderId} parameter), an XML body by a streaming scan for the elements the bundled
 * templates map to {@code orderId}. Nothing is resolved or fetched: DTDs and entities are not processed, and a body
 * that cannot be scanned names no order.
 */
public final class OrderReference {

    /** The command parameter both the legacy layouts and the XML templates map the order number to. */
    static final String ORDER_ID_TARGET = "orderId";

    private static final String LEGACY_START = "<ECEDOC>";

    private static final XMLInputFactory XML = safeFactory();

    private final LayoutCatalog catalog;
    private final LegacyBreakdown breakdown;

    /** Reads legacy bodies with {@code catalog}'s layouts: give it the mapper's (bundled plus the site's). */
    public OrderReference(LayoutCatalog catalog) {
        this.catalog = catalog;
        this.breakdown = new LegacyBreakdown(catalog);
    }

    /** The order a decoded body names, legacy or XML; null when it names none that can be read. */
    public Long ordersIdIn(String body) {
        String start = (body.startsWith("\uFEFF") ? body.substring(1) : body).stripLeading();
        if (start.startsWith(LEGACY_START)) {
            return ofLegacy(breakdown.of(body));
        }
        return start.startsWith("<") ? ofXml(start) : null;
    }

    /** The order of a legacy body laid out by the breakdown, or null when the field is absent or not a number. */
    Long ofLegacy(LegacyBreakdown.Result breakdown) {
        if (breakdown.messageType() == null) {
            return null;
        }
        MessageLayout layout =
                catalog.message(breakdown.messageType(), breakdown.version()).orElse(null);
        if (layout == null) {
            return null;
        }
        for (LegacyBreakdown.Record record : breakdown.records()) {
            RecordLayout recordLayout = layout.headerRecord(record.tag());
            if (recordLayout == null) {
                continue;
            }
            for (LegacyBreakdown.Field field : record.fields()) {
                FieldLayout fieldLayout = recordLayout.field(field.name());
                if (fieldLayout != null && ORDER_ID_TARGET.equals(fieldLayout.target())) {
                    return number(field.raw());
                }
            }
        }
        return null;
    }

    /**
     * The order of an XML status message: {@code OrderStatusHeader/OrderNumberByNC} (Update_NC_OrderStatus) or
     * {@code OrderStatusHeader/OrderNumber[@type='ByWCS']} (Update_WCS_OrderStatus), the first one; null when neither
     * is there or the body is not XML far enough to reach it.
     */
    static Long ofXml(String body) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(body));
            try {
                Deque<String> path = new ArrayDeque<>();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        path.pop();
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = reader.getLocalName();
                        boolean inHeader = "OrderStatusHeader".equals(path.peek());
                        path.push(name);
                        if (inHeader
                                && ("OrderNumberByNC".equals(name)
                                        || ("OrderNumber".equals(name)
                                                && "ByWCS".equals(reader.getAttributeValue(null, "type"))))) {
                            return number(reader.getElementText());
                        }
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.valueOf(digits);
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
