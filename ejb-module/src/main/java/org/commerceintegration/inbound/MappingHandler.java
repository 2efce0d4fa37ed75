package org.commerceintegration.inbound;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.xml.XmlFormatException;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.ext.Attributes2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Maps one validated message to a {@link CommandInvocation} while it streams past, driven by the template of its
 * document type. One instance per message.
 *
 * <p>Rules that are ours rather than Commerce's, each for a reason:
 * <ul>
 *   <li>Untagged elements are ignored (Commerce would pass them on under their XPath as field name): a message
 *       cannot inject a property the template does not name.</li>
 *   <li>Attributes become fields only when written in the message ({@link Attributes2#isSpecified}); DTD defaults
 *       such as {@code Versioning="FALSE"} or {@code StatusCondition="C"} would otherwise overwrite stored values
 *       the sender never mentioned. Predicates ({@code [@type="ByWCS"]}) do see defaults.</li>
 *   <li>A single-valued field given twice in one scope is an error rather than "last one wins".</li>
 * </ul>
 */
final class MappingHandler extends DefaultHandler {

    private final TemplateTable templates;
    private final FieldConverter converter;

    private Locator locator;
    private MessageTemplate template;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final Map<String, String> control = new LinkedHashMap<>();
    /** The message's own header and items; a template without BLOCK tags fills these. */
    private final Scope messageHeader = new Scope(new LinkedHashMap<>(), new LinkedHashMap<>(), "");

    private final List<Scope> messageItems = new ArrayList<>();
    /** The block being filled: the message's own, or the current BLOCK element's. */
    private Scope header = messageHeader;

    private List<Scope> items = messageItems;
    private Map<TemplateTag, Integer> singles = new HashMap<>();
    private MessageTemplate.CommandRule selected;
    private final List<CommandInvocation> results = new ArrayList<>();

    /** A set of properties being filled: the header, one item, or a group inside one of them. */
    private static final class Scope {
        final Map<String, String> properties;
        final Map<String, String> userData;
        final String prefix;
        /** DATEPART/TIMEPART halves by field, joined when the scope closes. */
        Map<String, String[]> parts;

        Scope(Map<String, String> properties, Map<String, String> userData, String prefix) {
            this.properties = properties;
            this.userData = userData;
            this.prefix = prefix;
        }
    }

    /** One open element. */
    private static final class Frame {
        final List<PathIndex.Node> nodes;
        final boolean onStartPath;
        final int occurrence;
        final int line;
        final int column;
        Map<String, Integer> childCounts;
        TemplateTag tag;
        Scope scope;
        boolean opensScope;
        boolean opensBlock;
        StringBuilder text;
        String userDataName;

        Frame(List<PathIndex.Node> nodes, boolean onStartPath, int occurrence, int line, int column) {
            this.nodes = nodes;
            this.onStartPath = onStartPath;
            this.occurrence = occurrence;
            this.line = line;
            this.column = column;
        }

        int nextOccurrence(String name) {
            if (childCounts == null) {
                childCounts = new HashMap<>();
            }
            return childCounts.merge(name, 1, Integer::sum);
        }
    }

    MappingHandler(TemplateTable templates, FieldConverter converter) {
        this.templates = templates;
        this.converter = converter;
    }

    /** The invocations, one per block in document order, available once the parse has ended normally. */
    List<CommandInvocation> result() {
        return List.copyOf(results);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) {
        Frame parent = frames.peek();
        if (parent == null) {
            String version = attributes.getValue("version");
            template = templates.find(name, version);
            if (template == null) {
                throw new XmlFormatException(
                        MessageMapper.NO_COMMAND,
                        "No command matches the inbound message: " + "no template for " + name + " "
                                + (version == null ? "without version" : version),
                        line(),
                        column());
            }
        }
        Frame frame = open(parent, name, attributes);
        frame.scope = parent == null ? header : parent.scope;
        PathIndex.Ranked best = null;
        for (PathIndex.Node node : frame.nodes) {
            node.commands.forEach(this::select);
            for (PathIndex.Ranked candidate : node.elementTags) {
                if (candidate.beats(best)) {
                    best = candidate;
                }
            }
        }
        if (best != null) {
            apply(frame, best.tag(), attributes);
        }
        mapAttributes(frame, attributes);
        frames.push(frame);
    }

    private Frame open(Frame parent, String name, Attributes attributes) {
        List<String> start = template.startElement();
        int depth = frames.size();
        int occurrence = parent == null ? 1 : parent.nextOccurrence(name);
        if (parent == null || (parent.onStartPath && depth < start.size())) {
            boolean onPath = name.equals(start.get(depth));
            List<PathIndex.Node> nodes = onPath && depth == start.size() - 1
                    ? List.of(template.index().root())
                    : List.of();
            return new Frame(nodes, onPath, occurrence, line(), column());
        }
        List<PathIndex.Node> nodes = new ArrayList<>(2);
        for (PathIndex.Node node : parent.nodes) {
            node.children(name, occurrence, attributes, nodes);
        }
        return new Frame(nodes, false, occurrence, line(), column());
    }

    private void apply(Frame frame, TemplateTag tag, Attributes attributes) {
        frame.tag = tag;
        if (tag.xpathType() == TemplateTag.XPathType.BLOCK) {
            // A block is one invocation: its header, items and single-occurrence checks start afresh.
            header = new Scope(new LinkedHashMap<>(), new LinkedHashMap<>(), "");
            items = new ArrayList<>();
            singles = new HashMap<>();
            frame.scope = header;
            frame.opensBlock = true;
            return;
        }
        if (tag.single() && singles.merge(tag, 1, Integer::sum) > 1) {
            throw new XmlFormatException(
                    XmlFormatException.UNSUPPORTED,
                    "more than one " + tag.path().text() + " in one message; one command invocation carries one",
                    frame.line,
                    frame.column);
        }
        if (tag.xpathType() == TemplateTag.XPathType.VECTOR) {
            Scope outer = frame.scope;
            frame.scope = TemplateTag.ITEMS_VECTOR.equals(tag.field())
                    ? new Scope(new LinkedHashMap<>(), new LinkedHashMap<>(), "")
                    : new Scope(outer.properties, outer.userData, outer.prefix + tag.field() + ".");
            if (TemplateTag.ITEMS_VECTOR.equals(tag.field())) {
                items.add(frame.scope);
            }
            frame.opensScope = true;
        }
        if (tag.xpathType() == TemplateTag.XPathType.USERDATA) {
            String key = attributes.getValue("name");
            frame.userDataName = key == null ? "" : key.strip();
        }
        if (tag.carriesText()) {
            frame.text = new StringBuilder();
        }
    }

    private void mapAttributes(Frame frame, Attributes attributes) {
        Map<String, PathIndex.Ranked> byAttribute = null;
        for (PathIndex.Node node : frame.nodes) {
            for (PathIndex.Ranked candidate : node.attributeTags) {
                if (byAttribute == null) {
                    byAttribute = new LinkedHashMap<>();
                }
                byAttribute.merge(candidate.tag().path().attribute(), candidate, (a, b) -> b.beats(a) ? b : a);
            }
        }
        if (byAttribute == null) {
            return;
        }
        for (PathIndex.Ranked ranked : byAttribute.values()) {
            int index = attributes.getIndex(ranked.tag().path().attribute());
            if (index >= 0 && specified(attributes, index)) {
                store(frame, ranked.tag(), ranked.tag().field(), attributes.getValue(index));
            }
        }
    }

    private static boolean specified(Attributes attributes, int index) {
        return !(attributes instanceof Attributes2 a2) || a2.isSpecified(index);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        Frame frame = frames.peek();
        if (frame != null && frame.text != null) {
            frame.text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        Frame frame = frames.pop();
        TemplateTag tag = frame.tag;
        if (frame.text != null) {
            switch (tag.xpathType()) {
                case PCDATA -> store(frame, tag, tag.field(), frame.text.toString());
                case REPEAT -> store(frame, tag, tag.field() + frame.occurrence, frame.text.toString());
                case USERDATA -> storeUserData(frame, frame.text.toString().strip());
                default -> throw new IllegalStateException("no text expected for " + tag.xpathType());
            }
        }
        if (frame.opensScope) {
            close(frame.scope, frame);
        }
        if (frame.opensBlock) {
            finishBlock(frame);
        }
    }

    @Override
    public void endDocument() {
        if (results.isEmpty()) {
            finishBlock(null);
        } else if (!messageHeader.properties.isEmpty()
                || !messageHeader.userData.isEmpty()
                || messageHeader.parts != null
                || !messageItems.isEmpty()) {
            throw new XmlFormatException(
                    XmlFormatException.UNSUPPORTED,
                    "fields outside the message's blocks belong to no command: " + messageHeader.properties.keySet()
                            + messageHeader.userData.keySet(),
                    -1,
                    -1);
        }
    }

    /** Turns the header and items filled so far into one invocation. */
    private void finishBlock(Frame frame) {
        close(header, frame);
        MessageTemplate.CommandRule command = selected != null ? selected : template.defaultCommand();
        if (command == null) {
            throw new XmlFormatException(
                    MessageMapper.NO_COMMAND,
                    "No command matches the inbound message: none " + "of the command conditions of " + template.key()
                            + " matched",
                    -1,
                    -1);
        }
        List<CommandInvocation.ItemProperties> itemList = new ArrayList<>(items.size());
        for (Scope item : items) {
            itemList.add(new CommandInvocation.ItemProperties(item.properties, item.userData));
        }
        results.add(new CommandInvocation(
                command.commandName(), template.messageType(), control, header.properties, header.userData, itemList));
    }

    private void select(MessageTemplate.CommandRule rule) {
        if (selected != null && !selected.commandName().equals(rule.commandName())) {
            throw new XmlFormatException(
                    XmlFormatException.UNSUPPORTED,
                    "the message meets the conditions of both " + selected.commandName() + " and " + rule.commandName(),
                    line(),
                    column());
        }
        selected = rule;
    }

    /** Trims, drops empty values, converts, and puts the value where the tag says. */
    private void store(Frame frame, TemplateTag tag, String field, String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return;
        }
        Scope scope = frame.scope;
        String converted;
        try {
            converted = converter.convert(tag.fieldType(), value);
        } catch (IllegalArgumentException e) {
            throw new XmlFormatException(
                    XmlFormatException.FIELD,
                    "field " + scope.prefix + field + " (" + tag.path().text() + "): " + e.getMessage(),
                    frame.line,
                    frame.column,
                    e);
        }
        boolean wholeValue = tag.fieldType() == TemplateTag.FieldType.TIMEPART && !FieldConverter.isTimeOfDay(value);
        if (!wholeValue
                && (tag.fieldType() == TemplateTag.FieldType.DATEPART
                        || tag.fieldType() == TemplateTag.FieldType.TIMEPART)) {
            if (scope.parts == null) {
                scope.parts = new LinkedHashMap<>();
            }
            String[] halves = scope.parts.computeIfAbsent(field, f -> new String[2]);
            int half = tag.fieldType() == TemplateTag.FieldType.DATEPART ? 0 : 1;
            if (halves[half] != null) {
                throw duplicate(scope.prefix + field, frame);
            }
            halves[half] = converted;
            return;
        }
        if (tag.fieldInfo() == TemplateTag.FieldInfo.CONTROL) {
            put(control, field, converted, frame);
        } else {
            put(scope.properties, scope.prefix + field, converted, frame);
        }
    }

    private void storeUserData(Frame frame, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (frame.userDataName.isEmpty()) {
            throw new XmlFormatException(
                    XmlFormatException.FIELD, "UserDataField without a name", frame.line, frame.column);
        }
        put(frame.scope.userData, frame.userDataName, value, frame);
    }

    /**
     * G-11: a time of day and its date become one field only when both halves came; a TIMEPART that held a date or
     * date-time was stored whole, and a DATEPART without time of day is ignored, as Commerce ignores it.
     */
    private void close(Scope scope, Frame frame) {
        if (scope.parts == null) {
            return;
        }
        for (Map.Entry<String, String[]> entry : scope.parts.entrySet()) {
            String[] halves = entry.getValue();
            if (halves[0] != null && halves[1] != null) {
                put(scope.properties, scope.prefix + entry.getKey(), converter.combine(halves[0], halves[1]), frame);
            }
        }
        scope.parts = null;
    }

    private void put(Map<String, String> target, String key, String value, Frame frame) {
        if (target.putIfAbsent(key, value) != null) {
            throw duplicate(key, frame);
        }
    }

    private XmlFormatException duplicate(String key, Frame frame) {
        return new XmlFormatException(
                XmlFormatException.DUPLICATE_FIELD,
                "field " + key + " is given more than once",
                frame == null ? line() : frame.line,
                frame == null ? column() : frame.column);
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }
}
