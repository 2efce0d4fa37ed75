package org.commerceintegration.format.xml;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Keeps configured SAX readers for reuse, because creating a validating JDK reader costs about as much as
 * validating a whole order message (measured in {@code SafeXmlParserTest#printValidationCost}).
 *
 * <p>A reader is used by one thread at a time and comes back only after a parse that ended normally or with a
 * verdict of ours; on return its handlers are replaced by a stateless neutral one so that the pool holds no message
 * data (credentials included). Beyond {@code maxIdle} idle readers the surplus is simply dropped.
 */
final class ReaderPool {

    /** Factory for configured readers. */
    interface ReaderFactory {
        XMLReader create() throws SAXException;
    }

    private static final DefaultHandler2 NEUTRAL = new DefaultHandler2();

    private final ReaderFactory factory;
    private final int maxIdle;
    private final ConcurrentLinkedQueue<XMLReader> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    ReaderPool(ReaderFactory factory, int maxIdle) {
        this.factory = factory;
        this.maxIdle = maxIdle;
    }

    XMLReader borrow() throws SAXException {
        XMLReader reader = idle.poll();
        if (reader == null) {
            return factory.create();
        }
        idleCount.decrementAndGet();
        return reader;
    }

    /** Returns a reader; pass {@code reusable=false} when the parse failed in a way we do not understand. */
    void release(XMLReader reader, boolean reusable) {
        if (!reusable) {
            return;
        }
        try {
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", NEUTRAL);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", NEUTRAL);
        } catch (SAXException e) {
            return;
        }
        reader.setEntityResolver(NEUTRAL);
        reader.setDTDHandler(NEUTRAL);
        reader.setErrorHandler(NEUTRAL);
        reader.setContentHandler(NEUTRAL);
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(reader);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
