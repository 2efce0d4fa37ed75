package org.commerceintegration.outbound.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.commerceintegration.outbound.ComposedMessage;
import org.commerceintegration.outbound.OutboundMessageComposer;
import org.commerceintegration.outbound.OutboundMessageType;

/** A site's own outbound message type: one composer bean with its message-type entry, nothing else. */
@ApplicationScoped
@OutboundMessageType(value = SitePingComposer.MESSAGE_TYPE, description = "Site ping (test)")
public class SitePingComposer implements OutboundMessageComposer<SitePing> {

    public static final String MESSAGE_TYPE = "SitePingFormat";

    @Override
    public Class<SitePing> subjectType() {
        return SitePing.class;
    }

    @Override
    public ComposedMessage compose(SitePing ping) {
        return new ComposedMessage(("PING " + ping.text()).getBytes(StandardCharsets.UTF_8), ping.storeId(), null);
    }
}
