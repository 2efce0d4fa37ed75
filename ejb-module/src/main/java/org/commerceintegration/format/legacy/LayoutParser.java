package org.commerceintegration.format.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the layout file format described at the top of the bundled {@code layouts.txt} into record layouts.
 * Mistakes in a site file must surface when the catalog is loaded, not on the first message, so everything that
 * can be checked here is checked, with the file name and line number in the error.
 */
final class LayoutParser {

    private static final String ASSUMPTION = "assumption:";
    private static final String WILDCARD = "*";
    private static final int MAX_WIDTH = 100_000;

    private final String source;
    private final List<RecordLayout> result = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    private List<String> sectionVersions;
    private String sectionType;
    private String sectionTag;
    private int sectionLine;
    private List<FieldLayout> fields;
    private int offset;

    private LayoutParser(String source) {
        this.source = source;
    }

    /** All sections of the file in file order, a version list expanded to one layout per version. */
    static List<RecordLayout> parse(Reader reader, String source) throws IOException {
        LayoutParser parser = new LayoutParser(source);
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            parser.line(line.strip(), number);
        }
        parser.endSection();
        return parser.result;
    }

    private void line(String line, int number) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("[")) {
            endSection();
            section(line, number);
        } else if (fields == null) {
            throw error(number, "field before the first [TYPE VERSION TAG] section");
        } else {
            field(line, number);
        }
    }

    private void section(String line, int number) {
        if (!line.endsWith("]")) {
            throw error(number, "section header must look like [TYPE VERSION TAG]");
        }
        String[] parts = line.substring(1, line.length() - 1).strip().split("\\s+");
        if (parts.length != 3) {
            throw error(number, "section header must have three parts: TYPE VERSION TAG");
        }
        String type = parts[0];
        List<String> versions = List.of(parts[1].split(",", -1));
        String tag = parts[2];
        if (!isTag(tag)) {
            throw error(number, "record tag " + tag + " must be PROLOG, DATUSR, HDRnnn or ITMnnn");
        }
        if (type.equals(WILDCARD) != parts[1].equals(WILDCARD)) {
            throw error(number, "type and version must both be * or both be given");
        }
        if (type.equals(WILDCARD) && !tag.equals("PROLOG") && !tag.equals("DATUSR")) {
            throw error(number, "only PROLOG and DATUSR may be declared for all messages (* *)");
        }
        if (!type.equals(WILDCARD) && (type.length() > 10 || !isName(type))) {
            throw error(number, "message type " + type + " must be 1 to 10 letters or digits");
        }
        for (String version : versions) {
            if (!version.equals(WILDCARD) && (version.isEmpty() || version.length() > 2 || !isName(version))) {
                throw error(number, "message version " + version + " must be 1 or 2 letters or digits");
            }
            if (!keys.add(type + " " + version + " " + tag)) {
                throw error(number, "section [" + type + " " + version + " " + tag + "] declared twice");
            }
        }
        sectionType = type;
        sectionVersions = versions;
        sectionTag = tag;
        sectionLine = number;
        fields = new ArrayList<>();
        offset = 0;
    }

    private void field(String line, int number) {
        String note = null;
        int assumptionAt = line.indexOf(ASSUMPTION);
        if (assumptionAt >= 0) {
            note = line.substring(assumptionAt + ASSUMPTION.length()).strip();
            line = line.substring(0, assumptionAt).strip();
            if (note.isEmpty()) {
                throw error(number, "assumption needs a note saying why");
            }
        }
        String[] tokens = line.split("\\s+");
        if (tokens.length < 3) {
            throw error(number, "a field needs NAME WIDTH KIND");
        }
        String name = tokens[0];
        if (!isName(name)) {
            throw error(number, "field name " + name + " must be letters, digits or _");
        }
        for (FieldLayout existing : fields) {
            if (existing.name().equals(name)) {
                throw error(number, "field " + name + " declared twice in this record");
            }
        }
        if (!fields.isEmpty() && fields.get(fields.size() - 1).isVariable()) {
            throw error(number, "no field may follow a variable-width field");
        }
        int width = width(tokens[1], number);
        FieldKind kind;
        try {
            kind = FieldKind.valueOf(tokens[2].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(number, "kind " + tokens[2] + " must be one of TEXT, NUMBER, INTEGER, DATE, TIME");
        }
        checkWidth(kind, width, number);
        String target = null;
        String column = null;
        String defaultValue = null;
        for (int i = 3; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq <= 0 || eq == tokens[i].length() - 1) {
                throw error(number, "attribute " + tokens[i] + " must be key=value");
            }
            String key = tokens[i].substring(0, eq);
            String value = tokens[i].substring(eq + 1);
            switch (key) {
                case "target" -> target = once(target, value, key, number);
                case "column" -> column = once(column, value, key, number);
                case "default" -> defaultValue = once(defaultValue, value, key, number);
                default -> throw error(number, "unknown attribute " + key + " (target, column, default)");
            }
        }
        if (defaultValue != null) {
            try {
                kind.parse(defaultValue);
            } catch (ValueProblem problem) {
                throw error(number, "default " + problem.getMessage());
            }
            if (width != FieldLayout.VARIABLE && defaultValue.length() > width) {
                throw error(number, "default is wider than the field");
            }
        }
        fields.add(new FieldLayout(name, offset, width, kind, target, column, defaultValue, note != null, note));
        if (width != FieldLayout.VARIABLE) {
            offset += width;
        }
    }

    private void endSection() {
        if (fields == null) {
            return;
        }
        if (fields.isEmpty()) {
            throw error(sectionLine, "section has no fields");
        }
        boolean variable = fields.get(fields.size() - 1).isVariable();
        if (sectionTag.equals("DATUSR")) {
            boolean shaped = fields.size() == 3
                    && fields.get(0).kind() == FieldKind.TEXT
                    && !fields.get(0).isVariable()
                    && fields.get(1).kind() == FieldKind.INTEGER
                    && !fields.get(1).isVariable()
                    && fields.get(2).kind() == FieldKind.TEXT
                    && variable;
            if (!shaped) {
                throw error(sectionLine, "DATUSR must be NAME (TEXT), LENGTH (INTEGER), VALUE (TEXT, width *)");
            }
        } else if (variable) {
            throw error(sectionLine, "only DATUSR may have a variable-width field");
        }
        for (String version : sectionVersions) {
            result.add(new RecordLayout(sectionType, version, sectionTag, fields));
        }
        fields = null;
    }

    private int width(String token, int number) {
        if (token.equals(WILDCARD)) {
            return FieldLayout.VARIABLE;
        }
        try {
            int width = Integer.parseInt(token);
            if (width >= 1 && width <= MAX_WIDTH) {
                return width;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(number, "width " + token + " must be a number from 1 to " + MAX_WIDTH + " (or * for DATUSR)");
    }

    private void checkWidth(FieldKind kind, int width, int number) {
        if (width == FieldLayout.VARIABLE) {
            return;
        }
        if (kind == FieldKind.DATE && width < 8 || kind == FieldKind.TIME && width < 6) {
            throw error(number, kind + " needs a width of at least " + (kind == FieldKind.DATE ? 8 : 6));
        }
        if (kind == FieldKind.INTEGER && width > FieldKind.MAX_INTEGER_DIGITS) {
            throw error(number, "INTEGER width may not exceed " + FieldKind.MAX_INTEGER_DIGITS + "; use NUMBER");
        }
    }

    private String once(String current, String value, String key, int number) {
        if (current != null) {
            throw error(number, "attribute " + key + " given twice");
        }
        return value;
    }

    private static boolean isTag(String tag) {
        if (tag.equals("PROLOG") || tag.equals("DATUSR")) {
            return true;
        }
        if (tag.length() < 4 || !(tag.startsWith("HDR") || tag.startsWith("ITM"))) {
            return false;
        }
        for (int i = 3; i < tag.length(); i++) {
            if (tag.charAt(i) < '0' || tag.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private IllegalArgumentException error(int line, String problem) {
        return new IllegalArgumentException(source + " line " + line + ": " + problem);
    }
}
