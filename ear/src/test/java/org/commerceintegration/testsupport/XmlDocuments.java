package org.commerceintegration.testsupport;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Reads a received XML message into a DOM for assertions (validation is the application's own parser's job). */
public final class XmlDocuments {

    private XmlDocuments() {}

    /** Parses without loading the DTD the DOCTYPE names. */
    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
