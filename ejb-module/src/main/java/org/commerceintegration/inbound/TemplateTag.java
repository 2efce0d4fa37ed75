package org.commerceintegration.inbound;

import java.util.Objects;

/**
 * One {@code Tag} of a message template: which element or attribute goes to which command field, and how.
 * The vocabulary is Commerce's ({@code XPathType}, {@code FieldType}, {@code FieldInfo}) so that people who know
 * {@code sys_template.xml} can read ours; the file format itself is this project's own.
 *
 * @param path      where in the message
 * @param xpathType how the element is used
 * @param field     target name; for REPEAT the prefix of {@code field1}, {@code field2}...; unused for EMPTY and
 *                  USERDATA
 * @param fieldType conversion of the value
 * @param fieldInfo command property or control property
 * @param single    the element may appear at most once per message, or per block when the template has blocks
 */
record TemplateTag(
        TagPath path, XPathType xpathType, String field, FieldType fieldType, FieldInfo fieldInfo, boolean single) {

    /** How a tagged element is used. */
    enum XPathType {
        /** Its trimmed text is the field value. */
        PCDATA,
        /** Deliberately not mapped. */
        EMPTY,
        /**
         * It repeats. Occurrences are addressed by position ({@code X[2]}); with a field, occurrence n also maps to
         * field + n when no positional tag claims it.
         */
        REPEAT,
        /**
         * It opens a nested property set. Field {@code itemsVector} starts a new item of the invocation; any other
         * field (e.g. {@code billTo}) groups its children in the enclosing set as {@code billTo.addressName}.
         */
        VECTOR,
        /** The value of the attribute named in the XPath. */
        ATTRIBUTE,
        /** A {@code UserDataField}: its {@code name} attribute and text become one user-data pair. */
        USERDATA,
        /**
         * Each occurrence is one command invocation of its own, applied in document order in the message's one
         * transaction (e.g. every {@code OrderStatus} of {@code Update_NC_OrderStatus}): the header, the items and the
         * {@code Single} checks start afresh in it.
         */
        BLOCK
    }

    /** Conversion applied to a value; dates end up in the JDBC timestamp form {@code yyyy-MM-dd HH:mm:ss.SSSSSS}. */
    enum FieldType {
        STRING,
        /** {@code YYYYMMDD}, local midnight (G-12). */
        DATE,
        /** {@code YYYYMMDD}, UTC midnight expressed in the mapper's time zone (G-12). */
        GMTDATE,
        /** ISO 8601 date-time as in the WCS messages; also accepts a bare date (see {@link FieldConverter}). */
        TIMESTAMP,
        /** {@code YYYYMMDD} half of a field whose time comes from a TIMEPART tag of the same field (G-11). */
        DATEPART,
        /**
         * {@code HHMMSS} half of a field whose date comes from a DATEPART tag of the same field; a date or date-time
         * (as TIMESTAMP accepts) is the whole field on its own, as Commerce maps {@code LastUpdateTime} (G-11).
         */
        TIMEPART
    }

    /** Where the value goes: the command's request properties, or the execution (control) properties. */
    enum FieldInfo {
        COMMAND,
        CONTROL
    }

    static final String ITEMS_VECTOR = "itemsVector";

    TemplateTag {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(xpathType, "xpathType");
        Objects.requireNonNull(fieldType, "fieldType");
        Objects.requireNonNull(fieldInfo, "fieldInfo");
        boolean attributePath = path.attribute() != null;
        if (attributePath != (xpathType == XPathType.ATTRIBUTE)) {
            throw new IllegalArgumentException(
                    "XPath '" + path.text() + "': XPathType ATTRIBUTE goes with an '@' path" + " and only with one");
        }
        boolean needsField =
                xpathType == XPathType.PCDATA || xpathType == XPathType.ATTRIBUTE || xpathType == XPathType.VECTOR;
        if (needsField && (field == null || field.isBlank())) {
            throw new IllegalArgumentException(
                    "XPath '" + path.text() + "': XPathType " + xpathType + " needs a Field");
        }
        if (field != null && !field.matches("[A-Za-z_][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("XPath '" + path.text() + "': invalid Field '" + field + "'");
        }
        if (fieldInfo == FieldInfo.CONTROL
                && (xpathType == XPathType.VECTOR || xpathType == XPathType.USERDATA || xpathType == XPathType.BLOCK)) {
            throw new IllegalArgumentException("XPath '" + path.text() + "': a " + xpathType + " cannot be CONTROL");
        }
        if (fieldType != FieldType.STRING
                && !(xpathType == XPathType.PCDATA
                        || xpathType == XPathType.ATTRIBUTE
                        || xpathType == XPathType.REPEAT)) {
            throw new IllegalArgumentException(
                    "XPath '" + path.text() + "': FieldType " + fieldType + " needs a value-carrying XPathType");
        }
    }

    boolean carriesText() {
        return xpathType == XPathType.PCDATA
                || xpathType == XPathType.USERDATA
                || (xpathType == XPathType.REPEAT && field != null);
    }
}
