/**
 * Reading XML messages safely: streaming SAX, validation against DTDs bundled with the application, and nothing ever
 * fetched or read from anywhere else.
 *
 * <p>{@link org.commerceintegration.format.xml.SafeXmlParser} is the one entry point; every XML reader of the project
 * (inbound mapper, template table, outbound self-check) goes through it. The DTDs in
 * {@code org/commerceintegration/format/xml/dtd/} were written for this project from the content models in the domain
 * spec (Appendix A); the IBM originals are licensed and not copied.
 *
 * <h2>Which DTD validates a message</h2>
 * <ol>
 *   <li>Before parsing, the prolog is read up to the root start tag ({@code PrologScanner}). The <em>root element
 *       name</em> picks the candidate DTDs; its {@code version} attribute picks among them
 *       ({@code Update_WCS_OrderStatus} 2.0 vs 3.0).</li>
 *   <li>Without a {@code version} attribute (allowed: it is {@code #FIXED} in every DTD), a root with one bundled
 *       DTD needs nothing more; for a root with several, the DOCTYPE's system identifier decides only if its last
 *       path segment is one of the bundled file names (e.g. {@code http://x/Update_WCS_OrderStatus_20.dtd});
 *       otherwise the document type is unknown.</li>
 *   <li>An unknown root element, or a version with no bundled DTD, is an
 *       {@link org.commerceintegration.format.xml.UnknownDocumentTypeException} before any parsing.</li>
 *   <li>Whatever the DOCTYPE's SYSTEM or PUBLIC identifier says (relative name, {@code http:}, {@code file:},
 *       {@code jar:} URL), the chosen bundled DTD is served in its place; the identifier is never opened.
 *       {@code <!DOCTYPE Root>} without identifier gets the same DTD.</li>
 *   <li>A message <em>without</em> DOCTYPE is validated against the same DTD. The JDK parser never consults
 *       {@code EntityResolver2.getExternalSubset} for an XML 1.0 document without DOCTYPE (verified on JDK 17), so
 *       the parser inserts {@code <!DOCTYPE Root SYSTEM "bundled:/File.dtd">} after the XML declaration; reported
 *       positions are corrected so they refer to the message as received.</li>
 * </ol>
 *
 * <h2>What is refused ({@link org.commerceintegration.format.xml.XmlFormatException#FORBIDDEN})</h2>
 * <ul>
 *   <li>Any DOCTYPE internal subset, even an empty one: it could declare entities (billion laughs, XXE via
 *       {@code file:} or {@code http:}, external parameter entities) or alter the bundled declarations (e.g. new
 *       attribute defaults). Refused from the prolog, before the parser starts.</li>
 *   <li>Second line of defence inside the parse: any declaration outside the bundled DTD, any entity resolution not
 *       made by a bundled DTD for a bundled module, any skipped (unexpanded) entity reference.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 * Secure processing is on, external DTD/schema access properties are empty, the JAXP catalog is off, external general
 * entities are off, and the JDK limits (entity expansions, entity sizes, element depth, attributes per element, name
 * length) are set explicitly and far below the JDK defaults ({@link org.commerceintegration.format.xml.XmlLimits}).
 * Bodies over {@link org.commerceintegration.format.xml.XmlLimits#maxMessageSize()} (default 1 MiB: characters for
 * text, bytes for byte input) are refused before parsing with {@code XML_TOO_LARGE}.
 *
 * <h2>Errors</h2>
 * Every problem is fatal and becomes an {@link org.commerceintegration.format.xml.XmlFormatException} (a
 * {@code MessageFormatException}) with a reason code, the line and column in the message and the parser's text.
 * Byte input is decoded strictly first (BOM, declared encoding, else UTF-8, or the transport's charset when given):
 * invalid byte sequences are {@code XML_ENCODING} errors naming their offset, never silently replaced.
 *
 * <h2>Cost</h2>
 * The factory and the DTD bytes are built once; configured readers are pooled (creating one costs as much as a
 * validation). The JDK has no public DTD grammar cache (its grammar-pool property takes a non-exported internal
 * type), so each message's DTD is parsed again; that is most of the cost: the unit tests print the figures, about
 * 0.3-1 ms per TV-3 message on a developer machine against roughly a tenth of that without validation.
 */
package org.commerceintegration.format.xml;
