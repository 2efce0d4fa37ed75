package org.commerceintegration.format.xml;

import static org.commerceintegration.TestMessages.TV3;
import static org.commerceintegration.TestMessages.TV4;
import static org.commerceintegration.TestMessages.TV5;
import static org.commerceintegration.TestMessages.read;
import static org.commerceintegration.TestMessages.withSystemId;
import static org.commerceintegration.TestMessages.withoutDoctype;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class SafeXmlParserTest {

    private static final DocumentInfo NC10 =
            new DocumentInfo("Update_NC_OrderStatus", "1.0", "Update_NC_OrderStatus_10.dtd");
    private static final DocumentInfo WCS30 =
            new DocumentInfo("Update_WCS_OrderStatus", "3.0", "Update_WCS_OrderStatus_30.dtd");

    private final SafeXmlParser parser = SafeXmlParser.messages();

    @TempDir
    Path temp;

    // ---- the bundled DTDs
    // --------------------------------------------------------------------------------------------

    @Test
    void testVectorsValidateAgainstBundledDtds() {
        assertEquals(NC10, parser.validate(read(TV3)));
        assertEquals(
                new DocumentInfo("Report_NC_PurchaseOrder", "1.0", "Report_NC_PO_10.dtd"), parser.validate(read(TV4)));
        assertEquals(WCS30, parser.validate(read(TV5)));
    }

    /** What the outbound writer relies on: the Appendix A rules that catch the shipped template's mistakes. */
    @Test
    void purchaseOrderRulesAreEnforced() {
        String tv4 = read(TV4);
        refused(
                XmlFormatException.INVALID,
                () -> parser.validate(tv4.replace("<TotalShippingPrice>7.50000</TotalShippingPrice>", "")));
        refused(
                XmlFormatException.INVALID,
                () -> parser.validate(
                        tv4.replaceFirst("(?s)<ContactInfo>.*?</ContactInfo>\n</BillToInfo>", "</BillToInfo>")));
        refused(
                XmlFormatException.INVALID,
                () -> parser.validate(tv4.replace("<ProductNumberByMerchant>SKU-RED-M</ProductNumberByMerchant>", "")));
        // The shipped JSP closes the item's DateTimeReference only when LASTUPDATE is set.
        refused(
                XmlFormatException.MALFORMED,
                () -> parser.validate(tv4.replace(
                        "<LastUpdateDate>20240301</LastUpdateDate>\n<LastUpdateTime>143015</LastUpdateTime>\n</DateTimeReference>",
                        "")));
        assertEquals(
                "Report_NC_PO_10.dtd",
                parser.validate(tv4.replace("<ItemLineNumber>0</ItemLineNumber>", ""))
                        .dtdFileName());
    }

    @Test
    void messageWithoutDoctypeIsValidatedAgainstTheSameDtd() {
        assertEquals(NC10, parser.validate(withoutDoctype(read(TV3))));
        assertEquals(WCS30, parser.validate(withoutDoctype(read(TV5))));
        XmlFormatException e = refused(
                XmlFormatException.INVALID,
                () -> parser.validate(withoutDoctype(read(TV3)).replace("<TotalNetPrice>129.97</TotalNetPrice>", "")));
        assertTrue(e.problem().contains("TotalPriceInfo"), e.getMessage());
    }

    @Test
    void doctypeWithoutSystemIdOrWithPublicIdStillGetsTheBundledDtd() {
        assertEquals(
                NC10, parser.validate(read(TV3).replaceFirst("<!DOCTYPE[^>]*>", "<!DOCTYPE Update_NC_OrderStatus>")));
        assertEquals(
                NC10,
                parser.validate(
                        read(TV3)
                                .replaceFirst(
                                        "<!DOCTYPE[^>]*>",
                                        "<!DOCTYPE Update_NC_OrderStatus PUBLIC \"-//Example//DTD X//EN\" \"http://example.invalid/x.dtd\">")));
    }

    @Test
    void positionsRefertoTheMessageAsReceivedWhenADoctypeWasAdded() {
        // One line, no declaration, no DOCTYPE: the parser inserts a DOCTYPE at column 1 of this very line.
        String oneLine = "<Update_NC_OrderStatus version=\"1.0\"><ControlArea><Noun value=\"NC_OrderStatus\">x</Noun>"
                + "<Verb value=\"Update\">x</Verb></ControlArea><DataArea><OrderStatus><OrderStatusHeader/>"
                + "</OrderStatus></DataArea></Update_NC_OrderStatus>";
        XmlFormatException e = refused(XmlFormatException.INVALID, () -> parser.validate(oneLine));
        int endOfControlArea = oneLine.indexOf("</ControlArea>") + "</ControlArea>".length();
        assertEquals(1, e.line());
        assertEquals(endOfControlArea + 1, e.column(), e.getMessage());
    }

    // ---- whatever the DOCTYPE points at, nothing is fetched or read ------------------------------------------------

    @Test
    void foreignSystemIdsAreNeverFetchedAndTheBundledDtdIsUsed() throws Exception {
        try (ConnectionRecorder server = new ConnectionRecorder()) {
            String tv3 = read(TV3);
            for (String systemId : List.of(
                    "http://example.invalid/x.dtd",
                    "file:///etc/passwd",
                    server.url("x.dtd"),
                    server.url("Update_NC_OrderStatus_10.dtd"),
                    "../../../../etc/passwd",
                    "jar:file:/nonexistent.jar!/x.dtd")) {
                assertEquals(NC10, parser.validate(withSystemId(tv3, systemId)), systemId);
            }
            assertEquals(0, server.connectionsSoFar(), "the parser connected to the DOCTYPE's URL");
        }
    }

    @Test
    void doctypePointingAtAFifoIsNeverOpened() throws Exception {
        // Opening a FIFO for reading blocks until a writer comes: if the parser read it, this test would time out.
        Path fifo = mkfifo("dtd.fifo");
        String message = withSystemId(read(TV3), fifo.toUri().toString());
        assertEquals(NC10, assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.validate(message)));
    }

    @Test
    void anyInternalSubsetIsRefusedBeforeParsing() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOPSECRET-4711");
        try (ConnectionRecorder server = new ConnectionRecorder()) {
            for (String subset : List.of(
                    "[<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]",
                    "[<!ENTITY % ext SYSTEM \"" + server.url("evil.dtd") + "\"> %ext;]",
                    "[<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]",
                    "[<!ATTLIST Update_NC_OrderStatus extra CDATA #IMPLIED>]",
                    "[ ]")) {
                String message = read(TV3)
                        .replaceFirst("(<!DOCTYPE[^>]*)>", "$1 " + subset.replace("$", "\\$") + ">")
                        .replace("<Instruction>Left at front desk</Instruction>", "<Instruction>&xxe;</Instruction>");
                XmlFormatException e = refused(XmlFormatException.FORBIDDEN, () -> parser.validate(message));
                assertEquals(2, e.line(), e.getMessage());
                assertFalse(e.getMessage().contains("TOPSECRET"));
            }
            assertEquals(0, server.connectionsSoFar());
        }
    }

    /** The reason code travels beside the reason (CI_ReasonCode); repeating it in the text shows it twice. */
    @Test
    void reasonTextCarriesPositionButNotTheReasonCode() {
        String message = read(TV3).replaceFirst("(<!DOCTYPE[^>]*)>", "$1 [ ]>");
        XmlFormatException positioned = refused(XmlFormatException.FORBIDDEN, () -> parser.validate(message));
        assertTrue(positioned.getMessage().startsWith("line 2, column "), positioned.getMessage());
        assertFalse(positioned.getMessage().contains(XmlFormatException.FORBIDDEN), positioned.getMessage());

        XmlFormatException unpositioned = new XmlFormatException(XmlFormatException.TOO_LARGE, "too large");
        assertEquals("too large", unpositioned.getMessage());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder subset = new StringBuilder("[<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            subset.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10))
                    .append("\">");
        }
        String message = read(TV3)
                .replaceFirst("(<!DOCTYPE[^>]*)>", "$1 " + subset + "]>")
                .replace("Left at front desk", "&lol9;");
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> refused(XmlFormatException.FORBIDDEN, () -> parser.validate(message)));
    }

    /** The SAX-level guard behind the prolog check: the same attacks, handed straight to the configured reader. */
    @Test
    void guardRefusesDeclarationsEvenPastThePrologCheck() throws Exception {
        Path fifo = mkfifo("xxe.fifo");
        try (ConnectionRecorder server = new ConnectionRecorder()) {
            String root = "<Update_NC_OrderStatus version=\"1.0\"><ControlArea><Verb>x</Verb><Noun>x</Noun>"
                    + "</ControlArea><DataArea><OrderStatus><OrderStatusHeader><Status>&e;</Status>"
                    + "</OrderStatusHeader></OrderStatus></DataArea></Update_NC_OrderStatus>";
            for (String subset : List.of(
                    "<!ENTITY e SYSTEM \"" + fifo.toUri() + "\">",
                    "<!ENTITY % ext SYSTEM \"" + server.url("evil.dtd") + "\"> %ext;",
                    "<!ENTITY e \"lol\"><!ENTITY e2 \"&e;&e;&e;&e;&e;&e;&e;&e;\">",
                    "<!NOTATION n SYSTEM \"" + server.url("n") + "\">")) {
                String message = "<!DOCTYPE Update_NC_OrderStatus SYSTEM \"Update_NC_OrderStatus_10.dtd\" [" + subset
                        + "]>" + root;
                XmlFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> guarded(message));
                assertEquals(XmlFormatException.FORBIDDEN, e.reasonCode(), e.getMessage());
            }
            assertEquals(0, server.connectionsSoFar());
        }
    }

    // ---- limits ------------------------------------------------------------------------------------------------

    @Test
    void bodyOverTheLimitIsRefusedBeforeParsing() {
        String big = read(TV3).replace("Left at front desk", "x".repeat(5 * 1024 * 1024));
        XmlFormatException e = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> refused(XmlFormatException.TOO_LARGE, () -> parser.validate(big)));
        assertTrue(e.getMessage().contains("exceeds the limit of 1048576 characters"), e.getMessage());
        refused(XmlFormatException.TOO_LARGE, () -> parser.validate(big.getBytes(StandardCharsets.UTF_8)));
        SafeXmlParser small =
                new SafeXmlParser(DtdCatalog.messages(), XmlLimits.defaults().withMaxMessageSize(100));
        refused(XmlFormatException.TOO_LARGE, () -> small.validate(read(TV3)));
    }

    @Test
    void jdkLimitsAreInForceEvenForATrustedDtd() {
        DtdCatalog test = DtdCatalog.fromResources(SafeXmlParserTest.class, "/testdtd/")
                .document("Laughs", "1.0", "Laughs.dtd")
                .document("Deep", "1.0", "Deep.dtd")
                .build();
        SafeXmlParser limited = new SafeXmlParser(test, XmlLimits.defaults());
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> refused(XmlFormatException.LIMIT, () -> limited.validate("<Laughs>&lol9;</Laughs>")));
        String deep = "<Deep>".repeat(100) + "</Deep>".repeat(100);
        refused(XmlFormatException.LIMIT, () -> limited.validate(deep));
        assertEquals(
                "Deep",
                limited.validate("<Deep>".repeat(10) + "</Deep>".repeat(10)).rootElement());
    }

    // ---- structure ---------------------------------------------------------------------------------------------

    @Test
    void invalidStructureNamesLineAndColumn() {
        String tv3 = read(TV3);
        XmlFormatException outOfOrder = refused(
                XmlFormatException.INVALID,
                () -> parser.validate(
                        tv3.replace("<Status>C</Status>\n", "")
                                .replace(
                                        "<TotalPriceInfo currency=\"USD\">\n          <TotalNetPrice>129.97",
                                        "<Status>C</Status><TotalPriceInfo currency=\"USD\">\n          <TotalNetPrice>129.97")));
        assertTrue(outOfOrder.problem().contains("OrderStatusHeader"), outOfOrder.getMessage());
        assertTrue(outOfOrder.line() > 10 && outOfOrder.column() > 0, outOfOrder.getMessage());

        XmlFormatException missing = refused(
                XmlFormatException.INVALID,
                () -> parser.validate(tv3.replace("<TotalNetPrice>129.97</TotalNetPrice>", "")));
        assertEquals(22, missing.line(), "reported at </TotalPriceInfo>: " + missing.getMessage());
        assertTrue(missing.problem().contains("TotalPriceInfo"), missing.getMessage());

        String wrongRoot = read(TV5)
                .replaceFirst(
                        "<!DOCTYPE[^>]*>", "<!DOCTYPE Update_NC_OrderStatus SYSTEM \"Update_NC_OrderStatus_10.dtd\">");
        XmlFormatException root = refused(XmlFormatException.INVALID, () -> parser.validate(wrongRoot));
        assertEquals(3, root.line(), root.getMessage());

        XmlFormatException malformed =
                refused(XmlFormatException.MALFORMED, () -> parser.validate(tv3.replace("</Quantity>", "</Quantity")));
        assertTrue(malformed.line() > 0 && malformed.column() > 0, malformed.getMessage());
        refused(XmlFormatException.MALFORMED, () -> parser.validate(""));
        refused(XmlFormatException.MALFORMED, () -> parser.validate("<"));
    }

    @Test
    void unknownDocumentTypesAreReportedAsSuch() throws Exception {
        try (ConnectionRecorder server = new ConnectionRecorder()) {
            UnknownDocumentTypeException foo =
                    assertThrows(UnknownDocumentTypeException.class, () -> parser.validate("<Foo/>"));
            assertEquals("Foo", foo.rootElement());
            assertThrows(
                    UnknownDocumentTypeException.class,
                    () -> parser.validate("<!DOCTYPE Foo SYSTEM \"" + server.url("foo.dtd") + "\"><Foo/>"));
            assertEquals(0, server.connectionsSoFar());
        }
        UnknownDocumentTypeException v4 = assertThrows(
                UnknownDocumentTypeException.class,
                () -> parser.validate(read(TV5).replace("version=\"3.0\"", "version=\"4.0\"")));
        assertEquals("4.0", v4.version());
        assertThrows(
                UnknownDocumentTypeException.class,
                () -> parser.validate(read(TV3).replace("version=\"1.0\">", "version=\"2.0\">")));
    }

    @Test
    void versionOfAMultiVersionRootComesFromTheAttributeOrTheBundledFileName() {
        String unversioned = read(TV5).replace("<Update_WCS_OrderStatus version=\"3.0\">", "<Update_WCS_OrderStatus>");
        assertEquals(WCS30, parser.validate(unversioned));
        assertThrows(UnknownDocumentTypeException.class, () -> parser.validate(withoutDoctype(unversioned)));
        assertThrows(
                UnknownDocumentTypeException.class,
                () -> parser.validate(withSystemId(unversioned, "http://example.invalid/x.dtd")));
        // A single-version root needs neither.
        assertEquals(
                NC10,
                parser.validate(withoutDoctype(read(TV3))
                        .replace("<Update_NC_OrderStatus version=\"1.0\">", "<Update_NC_OrderStatus>")));
    }

    // ---- encodings ----------------------------------------------------------------------------------------------

    @Test
    void bytesAreDecodedStrictly() {
        byte[] utf8 = read(TV3)
                .replace("Left at front desk", "Left at front d\u00e9sk")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(NC10, parser.validate(utf8));

        byte[] broken =
                read(TV3).replace("Left at front desk", "Left at front dXsk").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(broken, (byte) 'X');
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        XmlFormatException e = refused(XmlFormatException.ENCODING, () -> parser.validate(broken));
        assertTrue(e.problem().contains("offset " + at), e.getMessage());
        assertEquals(52, e.line(), e.getMessage());

        byte[] latin1 = read(TV3)
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("Left at front desk", "d\u00e9sk")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(NC10, parser.validate(latin1));
        refused(XmlFormatException.ENCODING, () -> parser.parse(latin1, StandardCharsets.UTF_8, new DefaultHandler()));
        assertEquals(
                NC10,
                parser.parse(
                        read(TV3).replace("Left at front desk", "d\u00e9sk").getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.ISO_8859_1,
                        new DefaultHandler()));

        assertEquals(NC10, parser.validate(read(TV3).getBytes(StandardCharsets.UTF_16)));
        byte[] bom = read(TV3).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bom, 0, withBom, 3, bom.length);
        assertEquals(NC10, parser.validate(withBom));
        assertEquals(NC10, parser.validate("\uFEFF" + read(TV3)));
        refused(
                XmlFormatException.ENCODING,
                () -> parser.validate(read(TV3)
                        .replace("encoding=\"UTF-8\"", "encoding=\"X-NO-SUCH\"")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    // ---- handler contract and concurrency ---------------------------------------------------------------------------

    @Test
    void handlerRuntimeExceptionsPassThroughUnchanged() {
        IllegalStateException thrown = new IllegalStateException("mine");
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> parser.parse(read(TV3), new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        throw thrown;
                    }
                }));
        assertTrue(e == thrown);
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        String tv3 = read(TV3);
        String tv5 = read(TV5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DocumentInfo>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String message = i % 2 == 0 ? tv3 : withoutDoctype(tv5);
                results.add(pool.submit(() -> parser.validate(message)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? NC10 : WCS30, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Measures what validation costs per message, DTD parse included; printed, not asserted: a benchmark, run with {@code -Pbenchmark}. */
    @Test
    @Tag("benchmark")
    void printValidationCost() throws Exception {
        String tv3 = read(TV3);
        String bare = withoutDoctype(tv3);
        XMLReader plain = javax.xml.parsers.SAXParserFactory.newDefaultInstance()
                .newSAXParser()
                .getXMLReader();
        double validating = rate(() -> parser.validate(tv3));
        double nonValidating = rate(() -> {
            try {
                plain.parse(new InputSource(new StringReader(bare)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf(
                "[timing] TV-3 SafeXmlParser.validate (pooled reader, bundled DTD parsed per message): "
                        + "%.0f msg/s; same text through a reused non-validating JDK reader: %.0f msg/s; "
                        + "DTD processing is ~%.0f%% of the cost%n",
                validating, nonValidating, 100 * (1 - validating / nonValidating));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static double rate(Runnable work) {
        for (int i = 0; i < 2_000; i++) {
            work.run();
        }
        int n = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            work.run();
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    static XmlFormatException refused(String reason, Executable action) {
        XmlFormatException e = assertThrows(XmlFormatException.class, action);
        assertEquals(reason, e.reasonCode(), e.getMessage());
        return e;
    }

    private XmlFormatException guarded(String message) throws Exception {
        DtdCatalog catalog = DtdCatalog.messages();
        GuardedHandler guard = new GuardedHandler(
                catalog,
                catalog.find("Update_NC_OrderStatus", "1.0").orElseThrow(),
                new DefaultHandler(),
                GuardedHandler.Injection.NONE);
        XMLReader reader = parser.newReader();
        SafeXmlParser.bind(reader, guard);
        try {
            reader.parse(new InputSource(new StringReader(message)));
        } catch (GuardedHandler.Abort e) {
            return e.failure;
        }
        return fail("the guard let the message through");
    }

    private Path mkfifo(String name) throws Exception {
        Path fifo = temp.resolve(name);
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", fifo.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (java.io.IOException e) {
            exit = -1;
        }
        Assumptions.assumeTrue(exit == 0 && Files.exists(fifo), "mkfifo not available");
        return fifo;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
