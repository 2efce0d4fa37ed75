package org.commerceintegration.inbound;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a template file (bundled {@code templates.xml} or a site's override file, both validated against
 * {@code MessageTemplates_10.dtd}) into {@link Spec}s. Specs stay unmerged so a site file may give only the parts it
 * changes; {@link TemplateTable} merges and compiles them.
 */
final class TemplateReader extends DefaultHandler {

    /**
     * One {@code Template} element as written; {@code startElement} and {@code messageType} are {@code null} when
     * not given.
     */
    record Spec(
            String documentType,
            String version,
            String startElement,
            String messageType,
            List<MessageTemplate.CommandRule> commands,
            List<TemplateTag> tags) {

        String key() {
            return MessageTemplate.key(documentType, version);
        }
    }

    private final String source;
    private final List<Spec> specs = new ArrayList<>();
    private Locator locator;
    private OpenTemplate template;
    private List<MessageTemplate.CommandRule> commands;
    private List<TemplateTag> tags;

    /** The attributes of the open {@code Template} element, which SAX does not keep for us. */
    private record OpenTemplate(String documentType, String version, String startElement, String messageType) {}

    TemplateReader(String source) {
        this.source = source;
    }

    List<Spec> specs() {
        return specs;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) {
        try {
            switch (name) {
                case "Template" -> {
                    template = new OpenTemplate(
                            attributes.getValue("DocumentType"),
                            attributes.getValue("Version"),
                            attributes.getValue("StartElement"),
                            attributes.getValue("MessageType"));
                    commands = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                case "Command" -> {
                    String condition = attributes.getValue("Condition");
                    commands.add(new MessageTemplate.CommandRule(
                            attributes.getValue("CommandName"), condition == null ? null : TagPath.parse(condition)));
                }
                case "Tag" -> tags.add(tag(attributes));
                default -> {
                    // MessageTemplates: nothing to record.
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " line " + locator.getLineNumber() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        if (name.equals("Template")) {
            specs.add(new Spec(
                    template.documentType(),
                    template.version(),
                    template.startElement(),
                    template.messageType(),
                    commands,
                    tags));
        }
    }

    private static TemplateTag tag(Attributes attributes) {
        TagPath path = TagPath.parse(attributes.getValue("XPath"));
        String type = attributes.getValue("XPathType");
        TemplateTag.XPathType xpathType = type != null
                ? TemplateTag.XPathType.valueOf(type)
                : path.attribute() != null ? TemplateTag.XPathType.ATTRIBUTE : TemplateTag.XPathType.PCDATA;
        return new TemplateTag(
                path,
                xpathType,
                attributes.getValue("Field"),
                TemplateTag.FieldType.valueOf(attributes.getValue("FieldType")),
                TemplateTag.FieldInfo.valueOf(attributes.getValue("FieldInfo")),
                Boolean.parseBoolean(attributes.getValue("Single")));
    }
}
