package org.commerceintegration.monitoring.browse;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.Charset;
import java.util.Map;
import org.commerceintegration.format.MessageFormatException;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyBreakdown;
import org.commerceintegration.format.reference.OrderReference;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.inbound.InboundMessage;
import org.commerceintegration.inbound.MessageDecoder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lays a message body out for reading: decoded with the charset the message declares (as the inbound path would
 * decode it), then, for a legacy body, broken down record by record with the same layouts the mapper reads with.
 */
@ApplicationScoped
public class MessageBodies {

    private static final String LEGACY_START = "<ECEDOC>";

    /** The same catalog as the legacy mapper: bundled layouts plus the site's overrides. */
    private final LayoutCatalog catalog = LayoutCatalog.load();

    private final LegacyBreakdown breakdown = new LegacyBreakdown(catalog);

    private final OrderReference orders = new OrderReference(catalog);

    /** The inbound path's default for bytes that declare no charset. */
    @Inject
    @ConfigProperty(name = "commerce.inbound.defaultCharset", defaultValue = "UTF-8")
    private String defaultCharset;

    private MessageDecoder decoder;

    @PostConstruct
    void init() {
        decoder = new MessageDecoder(Charset.forName(defaultCharset));
    }

    public BodyView view(Message message) throws JMSException {
        boolean text = message instanceof TextMessage;
        String charset = text ? "UTF-8" : declaredCharset(message);
        byte[] body = MessageViews.bodyBytes(message);
        String decoded;
        try {
            decoded = decoder.decode(new InboundMessage(body, text, charset, "view", "view", 1, Map.of()));
        } catch (MessageFormatException e) {
            return new BodyView("binary", charset, null, null, e.getMessage());
        }
        String shownCharset = charset == null ? defaultCharset : charset;
        String start = (decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded).stripLeading();
        if (start.startsWith(LEGACY_START)) {
            return new BodyView("legacy", shownCharset, decoded, breakdown.of(decoded), null);
        }
        if (start.startsWith("<")) {
            return new BodyView("xml", shownCharset, decoded, null, null);
        }
        return new BodyView("text", shownCharset, decoded, null, null);
    }

    /**
     * The Commerce order the body names, read leniently (see {@link OrderReference}); null when the body cannot be
     * decoded or names none.
     */
    public Long ordersId(Message message) throws JMSException {
        boolean text = message instanceof TextMessage;
        String decoded;
        try {
            decoded = decoder.decode(new InboundMessage(
                    MessageViews.bodyBytes(message),
                    text,
                    text ? "UTF-8" : declaredCharset(message),
                    "view",
                    "view",
                    1,
                    Map.of()));
        } catch (MessageFormatException e) {
            return null;
        }
        return orders.ordersIdIn(decoded);
    }

    /**
     * What the inbound path would decode a bytes body with: the charset the error queue recorded, else the message's
     * own declaration (IBM MQ's CCSID property, or {@code charset}); null means the configured default ({@code commerce.inbound.defaultCharset}).
     */
    private static String declaredCharset(Message message) throws JMSException {
        for (String property : new String[] {ErrorQueue.CHARSET, "JMS_IBM_Character_Set", "charset"}) {
            Object value = message.getObjectProperty(property);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
