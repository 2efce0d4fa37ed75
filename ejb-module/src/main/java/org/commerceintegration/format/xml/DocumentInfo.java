package org.commerceintegration.format.xml;

/**
 * What a successful parse established about the message: its document type and the bundled DTD it was validated
 * against.
 *
 * @param rootElement the root element name
 * @param version     the document type version, i.e. the version of the DTD that accepted it
 * @param dtdFileName the bundled DTD, e.g. {@code Update_NC_OrderStatus_10.dtd}
 */
public record DocumentInfo(String rootElement, String version, String dtdFileName) {}
