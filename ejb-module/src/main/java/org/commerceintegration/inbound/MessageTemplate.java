package org.commerceintegration.inbound;

import java.util.List;
import java.util.Objects;

/**
 * The mapping for one document type and version, as a Commerce {@code TemplateDocument}: where mapping starts, which
 * command runs, and the tags. Immutable; its {@link PathIndex} is built once with it.
 */
final class MessageTemplate {

    /**
     * A command choice (Commerce {@code CommandMapping/Command}): chosen when an element matching {@code condition}
     * occurs in the message, or, without condition, when no conditional command was chosen.
     */
    record CommandRule(String commandName, TagPath condition) {
        CommandRule {
            Objects.requireNonNull(commandName, "commandName");
            if (condition != null && condition.attribute() != null) {
                throw new IllegalArgumentException("command condition must be an element path: " + condition.text());
            }
        }
    }

    private final String documentType;
    private final String version;
    private final List<String> startElement;
    private final String messageType;
    private final List<CommandRule> commands;
    private final List<TemplateTag> tags;
    private final PathIndex index;

    /**
     * @param documentType the root element name, e.g. {@code Update_WCS_OrderStatus}
     * @param version      the root's {@code version} attribute value, e.g. {@code 3.0}
     * @param startElement path from the root to the element the tag XPaths are relative to; {@code null} = root
     * @param messageType  what {@link CommandInvocation#messageType()} reports; {@code null} = type and version
     * @param commands     at most one without condition (the fallback)
     * @param tags         in precedence order for equally specific matches
     */
    MessageTemplate(
            String documentType,
            String version,
            String startElement,
            String messageType,
            List<CommandRule> commands,
            List<TemplateTag> tags) {
        this.documentType = Objects.requireNonNull(documentType, "documentType");
        this.version = Objects.requireNonNull(version, "version");
        this.startElement = List.of((startElement == null ? documentType : startElement).split("/"));
        if (!this.startElement.get(0).equals(documentType)) {
            throw new IllegalArgumentException(key() + ": StartElement must be the root element or a path below it");
        }
        this.messageType = messageType == null ? documentType + " " + version : messageType;
        this.commands = List.copyOf(commands);
        this.tags = List.copyOf(tags);
        if (this.commands.isEmpty()) {
            throw new IllegalArgumentException(key() + ": no command");
        }
        if (this.commands.stream().filter(c -> c.condition() == null).count() > 1) {
            throw new IllegalArgumentException(key() + ": more than one unconditional command");
        }
        this.index = new PathIndex(this.tags, this.commands);
    }

    String documentType() {
        return documentType;
    }

    String version() {
        return version;
    }

    /** Element names from the root down to the start element. */
    List<String> startElement() {
        return startElement;
    }

    String messageType() {
        return messageType;
    }

    List<CommandRule> commands() {
        return commands;
    }

    List<TemplateTag> tags() {
        return tags;
    }

    PathIndex index() {
        return index;
    }

    /** The fallback command, or {@code null}. */
    CommandRule defaultCommand() {
        return commands.stream().filter(c -> c.condition() == null).findFirst().orElse(null);
    }

    String key() {
        return key(documentType, version);
    }

    static String key(String documentType, String version) {
        return documentType + " " + version;
    }
}
