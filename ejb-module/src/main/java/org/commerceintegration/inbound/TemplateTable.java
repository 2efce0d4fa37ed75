package org.commerceintegration.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commerceintegration.format.xml.DtdCatalog;
import org.commerceintegration.format.xml.SafeXmlParser;
import org.commerceintegration.format.xml.XmlFormatException;
import org.commerceintegration.format.xml.XmlLimits;

/**
 * The message templates, equivalent to Commerce's {@code sys_template.xml} plus a site's {@code user_template.xml}:
 * per root element and version, the start element, the command choice and the tags. The shipped table is the
 * resource {@value #BUNDLED_RESOURCE}; a site extends or changes it with {@link #withOverrides(Path)}.
 *
 * <p>Format (this project's own, DTD {@code MessageTemplates_10.dtd} next to the resource; Commerce's tag vocabulary):
 * <pre>{@code
 * <MessageTemplates version="1.0">
 *   <Template DocumentType="Update_WCS_OrderStatus" Version="3.0"
 *             StartElement="Update_WCS_OrderStatus"        (optional; default the root; XPaths are relative to it)
 *             MessageType="Update_WCS_OrderStatus 3.0">    (optional; default "DocumentType Version")
 *     <Command CommandName="OrderShippingStatus" Condition="DataArea/OrderShipping"/>
 *     <Command CommandName="OrderStatus"/>                  (no Condition: the fallback)
 *     <Tag XPath="DataArea/OrderShipping/OrderStatusHeader/OrderNumber[@type='ByWCS']" Field="orderId"/>
 *     <Tag XPath="DataArea/OrderShipping/OrderStatusHeader@Versioning" Field="versioning"/>
 *     <Tag XPath="DataArea/OrderShipping/OrderStatusItem" XPathType="VECTOR" Field="itemsVector"/>
 *     <Tag XPath="ControlArea/Credentials/LogonId" Field="logonId" FieldInfo="CONTROL"/>
 *   </Template>
 * </MessageTemplates>
 * }</pre>
 * XPath forms: {@code A/B}, {@code A@attr}, {@code A[n]}, {@code A[@attr='v']}, and {@code *} for any element in one
 * step (the shipped WCS templates use it for the DataArea child, so one tag list serves all four commands).
 * {@code XPathType}: PCDATA (default), EMPTY, REPEAT, VECTOR, ATTRIBUTE (default for {@code @} paths), USERDATA,
 * BLOCK (each occurrence is a command invocation of its own, e.g. every {@code OrderStatus} of a message).
 * {@code FieldType}: STRING (default), DATE, GMTDATE, TIMESTAMP, DATEPART/TIMEPART (two halves of one field).
 * {@code FieldInfo}: COMMAND (default, a command property) or CONTROL (an execution property such as the logon id).
 * {@code Single="true"}: the element may occur once per message (per block in a template with blocks). When several
 * tags match an element, the most specific XPath wins (named steps, then predicates), then the earlier tag.
 *
 * <p>Immutable and thread-safe. Template files are read once, through {@link SafeXmlParser} with their own bundled
 * DTD, so they obey the same rules as messages (no external entities, no internal subset).
 *
 * <p>Merge rules for a site file: a template for a new document type and version is added whole (the type needs a
 * DTD in the mapper's {@code DtdCatalog}, or its messages stay "no command"); for an existing one,
 * {@code StartElement}/{@code MessageType} replace the shipped ones when given, a {@code Command} replaces the
 * shipped command with the same condition (or adds one), and a {@code Tag} replaces the shipped tag with the same
 * XPath in place (or is added ahead of the shipped tags, so it wins ties). To stop mapping a shipped element, give
 * its XPath with {@code XPathType="EMPTY"}.
 */
public final class TemplateTable {

    /** Class-path location of the shipped templates. */
    public static final String BUNDLED_RESOURCE = "/org/commerceintegration/inbound/templates.xml";

    private static final SafeXmlParser TEMPLATE_PARSER = new SafeXmlParser(
            DtdCatalog.fromResources(TemplateTable.class, "/org/commerceintegration/inbound/")
                    .document("MessageTemplates", "1.0", "MessageTemplates_10.dtd")
                    .build(),
            XmlLimits.defaults().withMaxMessageSize(4 * 1024 * 1024));

    private final Map<String, TemplateReader.Spec> specs;
    private final Map<String, MessageTemplate> templates;

    private TemplateTable(Map<String, TemplateReader.Spec> specs) {
        this.specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        Map<String, MessageTemplate> compiled = new LinkedHashMap<>();
        specs.forEach((key, spec) -> {
            try {
                compiled.put(
                        key,
                        new MessageTemplate(
                                spec.documentType(),
                                spec.version(),
                                spec.startElement(),
                                spec.messageType(),
                                spec.commands(),
                                spec.tags()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("template " + key + ": " + e.getMessage(), e);
            }
        });
        this.templates = Collections.unmodifiableMap(compiled);
    }

    /** The shipped templates, read once per class loader. */
    public static TemplateTable bundled() {
        return BundledHolder.INSTANCE;
    }

    /**
     * This table with a site's template file merged in (see the class comment for the rules).
     *
     * @throws IllegalArgumentException when the file is not a valid template file; the message names the problem
     */
    public TemplateTable withOverrides(Path siteFile) {
        Objects.requireNonNull(siteFile, "siteFile");
        byte[] bytes;
        try {
            long size = Files.size(siteFile);
            if (size > TEMPLATE_PARSER.limits().maxMessageSize()) {
                throw new IllegalArgumentException(siteFile + ": template file of " + size + " bytes is too large");
            }
            bytes = Files.readAllBytes(siteFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read site template file " + siteFile, e);
        }
        return merge(read(bytes, siteFile.toString()));
    }

    /** As {@link #withOverrides(Path)} for templates already in memory; {@code source} names them in errors. */
    public TemplateTable withOverrides(String siteTemplates, String source) {
        return merge(read(siteTemplates.getBytes(java.nio.charset.StandardCharsets.UTF_8), source));
    }

    /** The document types mapped, as {@code "root version"}, e.g. {@code "Update_WCS_OrderStatus 3.0"}. */
    public Set<String> documentTypes() {
        return templates.keySet();
    }

    /** The template for a root element and version, or {@code null}. */
    MessageTemplate find(String rootElement, String version) {
        return version == null ? null : templates.get(MessageTemplate.key(rootElement, version));
    }

    private TemplateTable merge(List<TemplateReader.Spec> site) {
        Map<String, TemplateReader.Spec> merged = new LinkedHashMap<>(specs);
        for (TemplateReader.Spec spec : site) {
            merged.merge(spec.key(), spec, TemplateTable::overlay);
        }
        return new TemplateTable(merged);
    }

    private static TemplateReader.Spec overlay(TemplateReader.Spec shipped, TemplateReader.Spec site) {
        List<MessageTemplate.CommandRule> commands = new ArrayList<>(site.commands());
        for (MessageTemplate.CommandRule command : shipped.commands()) {
            boolean replaced =
                    site.commands().stream().anyMatch(s -> Objects.equals(conditionText(s), conditionText(command)));
            if (!replaced) {
                commands.add(command);
            }
        }
        Map<String, TemplateTag> siteTags = new LinkedHashMap<>();
        site.tags().forEach(tag -> siteTags.put(tag.path().text(), tag));
        List<TemplateTag> tags = new ArrayList<>();
        List<TemplateTag> replacedInPlace = new ArrayList<>();
        for (TemplateTag tag : shipped.tags()) {
            TemplateTag replacement = siteTags.remove(tag.path().text());
            replacedInPlace.add(replacement != null ? replacement : tag);
        }
        tags.addAll(siteTags.values());
        tags.addAll(replacedInPlace);
        return new TemplateReader.Spec(
                shipped.documentType(),
                shipped.version(),
                site.startElement() != null ? site.startElement() : shipped.startElement(),
                site.messageType() != null ? site.messageType() : shipped.messageType(),
                commands,
                tags);
    }

    private static String conditionText(MessageTemplate.CommandRule rule) {
        return rule.condition() == null ? null : rule.condition().text();
    }

    private static List<TemplateReader.Spec> read(byte[] xml, String source) {
        TemplateReader reader = new TemplateReader(source);
        try {
            TEMPLATE_PARSER.parse(xml, reader);
        } catch (XmlFormatException e) {
            throw new IllegalArgumentException(
                    source + ": not a valid template file (" + e.reasonCode() + "): " + e.getMessage(), e);
        }
        return reader.specs();
    }

    private static final class BundledHolder {
        static final TemplateTable INSTANCE = load();

        private static TemplateTable load() {
            try (InputStream in = TemplateTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled templates missing: " + BUNDLED_RESOURCE);
                }
                return new TemplateTable(Map.of()).merge(read(in.readAllBytes(), BUNDLED_RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled templates " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
