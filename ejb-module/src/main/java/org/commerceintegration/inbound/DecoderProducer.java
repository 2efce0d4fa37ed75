package org.commerceintegration.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The inbound path's {@link MessageDecoder}, with the configured default charset for bytes that declare none
 * ({@code commerce.inbound.defaultCharset}): made in one place so that whatever must decode exactly as the listeners
 * do (the listeners themselves, the dry run) gets the same decoder.
 */
@ApplicationScoped
public class DecoderProducer {

    @Inject
    @ConfigProperty(name = "commerce.inbound.defaultCharset", defaultValue = "UTF-8")
    private String defaultCharset;

    /** Immutable and cheap, so a dependent one per injection point. */
    @Produces
    MessageDecoder decoder() {
        return new MessageDecoder(Charset.forName(defaultCharset));
    }
}
