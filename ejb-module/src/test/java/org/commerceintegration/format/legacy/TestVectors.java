package org.commerceintegration.format.legacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The spec's §12 test vectors, character for character, and small helpers to derive variants from them. */
public final class TestVectors {

    /** TV-1: Order Status Update version 02, one item (543 characters). */
    public static final String TV1 = "<ECEDOC><PROLOG>OS        02          </PROLOG><HEADER>"
            + "<HDR010>0110001     USD       129.97          10.40           7.50            0.60            BE-2024-000123                C                               202403052024030620240301</HDR010>"
            + "<USRLST><DATUSR>CARRIER 3         UPS</DATUSR></USRLST></HEADER><ITMLST><ITMDAT>"
            + "<ITM010>0210001     BE-2024-000123                20002     BE-LINE-1                     S                               2024030520240306202403012         USD       </ITM010>"
            + "<USRLST></USRLST></ITMDAT></ITMLST></ECEDOC>";

    public static final String TV1_SHA256 = "5fe5918b560d2cb27da726a3d9f8904675d5d8e55e1e108f54410694d553bd40";

    /** TV-2: Order Create PROLOG + HDR010 only (496 characters). */
    public static final String TV2 = "<PROLOG>ON        01          </PROLOG>"
            + "<HDR010>0110001     20240301143015USD       129.97          10.40           7.50            0.60            2001      10101                                   3005                                                                                                                                                                                                                                                                                              </HDR010>";

    public static final String TV2_SHA256 = "22cc9170133604ac29fd409da08c760186ebe3e58a10f1a6040a03bef1d2530f";

    /** Offset of the HDR010 data segment in TV-1. */
    public static final int TV1_HDR010_DATA = TV1.indexOf("<HDR010>") + "<HDR010>".length();

    /** Offset of the ITM010 data segment in TV-1. */
    public static final int TV1_ITM010_DATA = TV1.indexOf("<ITM010>") + "<ITM010>".length();

    private TestVectors() {}

    /**
     * TV-1 turned into a version 01 message: PROLOG version 01, item version 01 and the item record cut to the 148
     * documented characters.
     */
    public static String v01() {
        String itemData = TV1.substring(TV1_ITM010_DATA, TV1.indexOf("</ITM010>"));
        String v01Item = "01" + itemData.substring(2, 148);
        return TV1.replace("OS        02", "OS        01").replace(itemData, v01Item);
    }

    /** Replaces {@code length} characters at {@code offset}. */
    public static String splice(String s, int offset, int length, String replacement) {
        return s.substring(0, offset) + replacement + s.substring(offset + length);
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
