package org.commerceintegration.monitoring.transfer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.audit.AuditLog;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.browse.MessageNotFoundException;
import org.commerceintegration.monitoring.browse.MessageSelectors;
import org.commerceintegration.monitoring.browse.MessageViews;
import org.commerceintegration.problem.InvalidRequestException;
import org.commerceintegration.transfer.FileMessage;
import org.commerceintegration.transfer.MessageFile;
import org.commerceintegration.transfer.MessageFileException;

/**
 * Exports messages of a managed queue to a message file (browsing: nothing leaves the queue) and imports such a file
 * onto a queue. Export is for operators and admins; import follows the rule of putting a message: operators may
 * import onto the inbound queues, the error and outbound queues take imports from admins only.
 *
 * <p>An import is one container transaction over the provider and the database: the file is read whole first (a file
 * that fails to read puts nothing), then every message is put and audited (old id to new id); if any put fails,
 * nothing of the file is on the queue and nothing is audited. So a failed import can be repeated without duplicates,
 * and a successful one answers the new id of every message.
 */
@Stateless
@DeclareRoles(AccessRoles.ADMIN)
public class MessageTransfer {

    /** The most messages one file holds, either way. */
    public static final int MAX_MESSAGES = 1000;

    /** The most body bytes one export holds; the file is about twice that (hexadecimal). */
    public static final long MAX_EXPORT_BODY_BYTES = 7L << 20;

    @Inject
    @JMSConnectionFactory("jms/JMSQueueConnectionFactory")
    private JMSContext jms;

    @Inject
    private ManagedQueues queues;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /**
     * The messages with the given ids, in that order, or (no ids) the first {@code limit} messages of the queue.
     *
     * @throws MessageNotFoundException when an id is not on the queue
     */
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public ExportedFile export(String queueName, List<String> ids, int limit) {
        ManagedQueue queue = queues.require(queueName);
        if (ids.size() > MAX_MESSAGES || limit < 1 || limit > MAX_MESSAGES) {
            throw new InvalidRequestException("An export holds 1 to " + MAX_MESSAGES + " messages");
        }
        Instant now = Instant.now();
        List<FileMessage> messages = new ArrayList<>();
        long[] bytes = {0};
        try {
            if (ids.isEmpty()) {
                try (QueueBrowser browser = jms.createBrowser(queue.destination())) {
                    Enumeration<?> all = browser.getEnumeration();
                    while (all.hasMoreElements() && messages.size() < limit) {
                        messages.add(counted(fileMessage((Message) all.nextElement()), bytes));
                    }
                }
            } else {
                for (String id : ids) {
                    try (QueueBrowser browser =
                            jms.createBrowser(queue.destination(), MessageSelectors.byMessageId(id))) {
                        Enumeration<?> found = browser.getEnumeration();
                        if (!found.hasMoreElements()) {
                            throw new MessageNotFoundException(queue.name(), id);
                        }
                        messages.add(counted(fileMessage((Message) found.nextElement()), bytes));
                    }
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse " + queue.name() + ": " + e.getMessage(), e);
        }
        StringWriter out = new StringWriter();
        MessageFile.write(out, queue.name(), now, messages);
        audit.record(
                "queue.export",
                queue.name(),
                null,
                messages.size() + " messages, " + bytes[0] + " body bytes: "
                        + shortList(
                                messages.stream().map(FileMessage::messageId).toList()));
        return new ExportedFile(queue.name(), messages.size(), out.toString());
    }

    /**
     * Puts every message of the file on the queue, all in this transaction.
     *
     * @throws InvalidRequestException when the file cannot be read (the message names the line); nothing is put
     */
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public ImportResult importFile(String queueName, String file) {
        ManagedQueue queue = queues.require(queueName);
        // as for a put: a forged outbound message reaches the back end, an error-queue entry gets replayed
        if (!queue.role().inbound() && !session.isCallerInRole(AccessRoles.ADMIN)) {
            throw new EJBAccessException(
                    "Importing messages onto " + queue.name() + " needs the role " + AccessRoles.ADMIN);
        }
        Instant now = Instant.now();
        List<FileMessage> messages;
        try {
            messages = MessageFile.read(new StringReader(file), now, MAX_MESSAGES);
        } catch (MessageFileException e) {
            throw new InvalidRequestException(
                    "Not a message file this console can read, nothing imported: " + e.getMessage());
        }
        List<ImportResult.Item> results = new ArrayList<>();
        int imported = 0;
        try {
            for (int i = 0; i < messages.size(); i++) {
                FileMessage m = messages.get(i);
                long timeToLive = 0;
                if (m.expiration() > 0) {
                    timeToLive = m.expiration() - now.toEpochMilli();
                    if (timeToLive <= 0) {
                        results.add(new ImportResult.Item(
                                i + 1,
                                m.messageId(),
                                "expired",
                                null,
                                "expired at " + Instant.ofEpochMilli(m.expiration()) + ", not put"));
                        continue;
                    }
                }
                List<String> left = new ArrayList<>();
                Message message = jmsMessage(m, i + 1, left);
                JMSProducer producer = jms.createProducer()
                        .setPriority(m.priority())
                        .setDeliveryMode(m.persistent() ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT)
                        .setTimeToLive(timeToLive);
                producer.send(queue.destination(), message);
                String newId = message.getJMSMessageID();
                String note = left.isEmpty() ? null : "set by the provider, not imported: " + String.join(", ", left);
                audit.record(
                        "queue.import",
                        queue.name() + " " + newId,
                        m.messageId(),
                        "on " + queue.name() + " as " + newId + " (" + (m.text() ? "Text" : "Bytes") + ", "
                                + m.body().length + " bytes, message " + (i + 1) + " of the file)");
                results.add(new ImportResult.Item(i + 1, m.messageId(), "imported", newId, note));
                imported++;
            }
        } catch (JMSException e) {
            throw new IllegalStateException(
                    "Cannot put the file's messages on " + queue.name() + ", nothing imported: " + e.getMessage(), e);
        }
        return new ImportResult(queue.name(), imported, messages.size() - imported, results);
    }

    private Message jmsMessage(FileMessage m, int index, List<String> left) throws JMSException {
        Message message;
        if (m.text()) {
            message = jms.createTextMessage(utf8(m.body(), index));
        } else {
            BytesMessage bytes = jms.createBytesMessage();
            bytes.writeBytes(m.body());
            message = bytes;
        }
        if (m.correlationId() != null) {
            message.setJMSCorrelationID(m.correlationId());
        }
        if (m.type() != null) {
            message.setJMSType(m.type());
        }
        for (Map.Entry<String, Object> property : m.properties().entrySet()) {
            String name = property.getKey();
            // JMSX and JMS_ properties belong to the provider (delivery count, user id, provider specifics)
            if (name.startsWith("JMSX") || name.startsWith("JMS_")) {
                left.add(name);
                continue;
            }
            try {
                message.setObjectProperty(name, property.getValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Message " + index + " of the file: property '" + name
                        + "' cannot be set (" + e.getMessage() + "); nothing imported");
            }
        }
        return message;
    }

    private static String utf8(byte[] body, int index) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(
                    "Message " + index + " of the file is a text message whose body is not UTF-8; nothing imported");
        }
    }

    private static FileMessage fileMessage(Message message) throws JMSException {
        if (!(message instanceof TextMessage) && !(message instanceof BytesMessage)) {
            // a map, stream or object body has no bytes a message file could carry: refused rather than emptied
            throw new InvalidRequestException("Message " + message.getJMSMessageID() + " is a "
                    + MessageViews.typeOf(message) + " message; only text and bytes messages can be exported");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            Object value = message.getObjectProperty((String) name);
            if (value != null) {
                properties.put((String) name, value);
            }
        }
        int deliveryCount = 0;
        if (message.propertyExists("JMSXDeliveryCount")) {
            deliveryCount = message.getIntProperty("JMSXDeliveryCount");
        }
        int priority = message.getJMSPriority();
        return new FileMessage(
                message instanceof TextMessage,
                MessageViews.bodyBytes(message),
                message.getJMSMessageID(),
                message.getJMSCorrelationID(),
                message.getJMSType(),
                priority < 0 || priority > 9 ? 4 : priority,
                message.getJMSDeliveryMode() != DeliveryMode.NON_PERSISTENT,
                message.getJMSTimestamp(),
                message.getJMSExpiration(),
                message.getJMSRedelivered(),
                deliveryCount,
                properties);
    }

    private static FileMessage counted(FileMessage message, long[] bytes) {
        bytes[0] += message.body().length;
        if (bytes[0] > MAX_EXPORT_BODY_BYTES) {
            throw new InvalidRequestException("An export holds at most " + MAX_EXPORT_BODY_BYTES
                    + " body bytes; export fewer messages at a time");
        }
        return message;
    }

    private static String shortList(List<String> ids) {
        String all = String.join(", ", ids);
        return all.length() > 1500 ? all.substring(0, 1500) + "..." : all;
    }
}
