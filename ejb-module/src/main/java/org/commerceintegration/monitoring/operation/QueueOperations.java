package org.commerceintegration.monitoring.operation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.audit.AuditLog;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.QueueActivity;
import org.commerceintegration.monitoring.QueueRole;
import org.commerceintegration.monitoring.browse.FailureInfo;
import org.commerceintegration.monitoring.browse.InvalidOperationException;
import org.commerceintegration.monitoring.browse.MessageNotFoundException;
import org.commerceintegration.monitoring.browse.MessageSelectors;
import org.commerceintegration.monitoring.browse.MessageViews;

/**
 * What operators do to messages: put one on a queue, replay error-queue messages to an inbound queue, delete one.
 * Each is one container transaction over the messaging provider and the database: the message is taken off (or put
 * on) a queue if and only if its audit record commits, and a replay's take and put happen together or not at all.
 */
@Stateless
@DeclareRoles(AccessRoles.ADMIN)
public class QueueOperations {

    /** The charset property the inbound path reads from a bytes message (besides IBM MQ's own). */
    static final String CHARSET_PROPERTY = "charset";

    /** How long a take waits for a message a browser just saw (another consumer may hold it briefly). */
    private static final long RECEIVE_TIMEOUT_MILLIS = 5000;

    private static final Logger LOG = Logger.getLogger(QueueOperations.class.getName());

    @Inject
    @JMSConnectionFactory("jms/JMSQueueConnectionFactory")
    private JMSContext jms;

    @Inject
    private ManagedQueues queues;

    @EJB
    private AuditLog audit;

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Resource
    private SessionContext session;

    /** Counted by throughput and metrics once the transaction commits. */
    @Inject
    private Event<QueueActivity> activity;

    /**
     * Puts a message on a queue: a text message when {@code text}, else a bytes message carrying {@code charset} (if
     * given) as its charset property.
     */
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public PutResult put(String queueName, byte[] body, boolean text, String charset) {
        ManagedQueue queue = queues.require(queueName);
        // A message on the outbound queue reaches the back end as if it were an order message, and an error-queue
        // entry is replayed as a failed inbound message: forging either is for admins only.
        if (!queue.role().inbound() && !session.isCallerInRole(AccessRoles.ADMIN)) {
            throw new EJBAccessException(
                    "Putting a message on " + queue.name() + " needs the role " + AccessRoles.ADMIN);
        }
        try {
            Message message;
            if (text) {
                message = jms.createTextMessage(Texts.decode(body, charset == null ? "UTF-8" : charset));
            } else {
                BytesMessage bytes = jms.createBytesMessage();
                bytes.writeBytes(body);
                if (charset != null && !charset.isBlank()) {
                    bytes.setStringProperty(CHARSET_PROPERTY, Texts.checkDeclared(charset));
                }
                message = bytes;
            }
            jms.createProducer().send(queue.destination(), message);
            String type = text ? "Text" : "Bytes";
            audit.record(
                    "queue.put",
                    queue.name(),
                    null,
                    message.getJMSMessageID() + " (" + type + ", " + body.length + " bytes)");
            return new PutResult(queue.name(), message.getJMSMessageID(), type, body.length);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot put a message on " + queue.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves one message from the error queue to an inbound queue: {@code targetName} when given, else the queue it
     * failed on ({@code CI_SourceQueue}). The new message keeps the original's properties except the {@code CI_}
     * failure properties, and gets {@code CI_ReplayedFrom} = the error message's id.
     *
     * @param edited a replacement body, or null to replay the original one
     */
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public ReplayResult replay(String fromQueueName, String messageId, String targetName, EditedBody edited) {
        ManagedQueue from = queues.require(fromQueueName);
        if (from.role() != QueueRole.ERROR) {
            throw new InvalidOperationException("Only messages on "
                    + queues.errorQueue().name() + " can be replayed; " + from.name() + " is not the error queue");
        }
        ManagedQueue explicit = targetName == null || targetName.isBlank() ? null : inboundTarget(targetName, "target");
        Message original = take(from, messageId);
        try {
            ManagedQueue target = explicit != null ? explicit : sourceOf(original);
            Message copy = replayCopy(original, edited);
            jms.createProducer().send(target.destination(), copy);
            FailureInfo failure = FailureInfo.of(original);
            audit.record(
                    "errorqueue.replay",
                    from.name() + " " + messageId,
                    describe(from, original, failure),
                    "on " + target.name() + " as " + copy.getJMSMessageID()
                            + (edited == null ? "" : ", body edited (" + edited.bytes().length + " bytes)"));
            entityManager.persist(new MessageReplay(
                    messageId,
                    copy.getJMSMessageID(),
                    callerName(),
                    target.name(),
                    edited != null,
                    LocalDateTime.now()));
            activity.fire(new QueueActivity(from.name(), true, null, Instant.now()));
            return new ReplayResult(messageId, target.name(), copy.getJMSMessageID(), edited != null);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot replay " + messageId + ": " + e.getMessage(), e);
        }
    }

    /** The caller as the audit trail names it. */
    private String callerName() {
        Principal caller = session.getCallerPrincipal();
        return caller == null ? "UNAUTHENTICATED" : caller.getName();
    }

    /** Replays each id in a transaction of its own; never throws for one id's failure. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public BulkReplayResult replayAll(String fromQueueName, List<String> messageIds, String targetName) {
        queues.require(fromQueueName);
        QueueOperations self = session.getBusinessObject(QueueOperations.class);
        List<BulkReplayResult.Item> results = new ArrayList<>();
        int replayed = 0;
        for (String id : messageIds) {
            try {
                ReplayResult result = self.replay(fromQueueName, id, targetName, null);
                results.add(new BulkReplayResult.Item(id, "replayed", result.target(), result.messageId(), null));
                replayed++;
            } catch (MessageNotFoundException e) {
                results.add(new BulkReplayResult.Item(id, "not_found", null, null, e.getMessage()));
            } catch (InvalidOperationException e) {
                results.add(new BulkReplayResult.Item(id, "invalid", null, null, e.getMessage()));
            } catch (EJBException | IllegalStateException e) {
                LOG.log(Level.WARNING, "Replay of " + id + " failed", e);
                results.add(new BulkReplayResult.Item(id, "error", null, null, "Replay failed; see the server log"));
            }
        }
        return new BulkReplayResult(replayed, messageIds.size() - replayed, results);
    }

    /** Takes one message off a queue for good (admins only, enforced by the API). */
    @RolesAllowed(AccessRoles.ADMIN)
    public void delete(String queueName, String messageId) {
        ManagedQueue queue = queues.require(queueName);
        Message message = take(queue, messageId);
        try {
            audit.record(
                    "queue.delete",
                    queue.name() + " " + messageId,
                    describe(queue, message, FailureInfo.of(message)),
                    null);
            if (queue.role() == QueueRole.ERROR) {
                activity.fire(new QueueActivity(queue.name(), false, null, Instant.now()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot delete " + messageId + ": " + e.getMessage(), e);
        }
    }

    /** Receives the message with that id in this transaction; its removal commits with the transaction. */
    private Message take(ManagedQueue queue, String messageId) {
        String selector = MessageSelectors.byMessageId(messageId);
        try (QueueBrowser browser = jms.createBrowser(queue.destination(), selector)) {
            // a quick look first, so that an unknown id answers at once instead of after the receive timeout
            if (!browser.getEnumeration().hasMoreElements()) {
                throw new MessageNotFoundException(queue.name(), messageId);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse " + queue.name() + ": " + e.getMessage(), e);
        }
        try (JMSConsumer consumer = jms.createConsumer(queue.destination(), selector)) {
            Message message = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
            if (message == null) {
                throw new MessageNotFoundException(queue.name(), messageId);
            }
            return message;
        }
    }

    private ManagedQueue sourceOf(Message original) throws JMSException {
        String source = original.getStringProperty(ErrorQueue.SOURCE_QUEUE);
        if (source == null || source.isBlank()) {
            throw new InvalidOperationException("Message " + original.getJMSMessageID() + " names no source queue ("
                    + ErrorQueue.SOURCE_QUEUE + "); give a target, one of " + inboundNames());
        }
        return inboundTarget(source, ErrorQueue.SOURCE_QUEUE);
    }

    private ManagedQueue inboundTarget(String name, String what) {
        return queues.find(name)
                .filter(q -> q.role().inbound())
                .orElseThrow(() -> new InvalidOperationException(
                        what + " '" + name + "' is not an inbound queue; replay goes to one of " + inboundNames()));
    }

    private List<String> inboundNames() {
        return queues.all().stream()
                .filter(q -> q.role().inbound())
                .map(ManagedQueue::name)
                .toList();
    }

    /** The new message: same kind and body (or the edit), original properties without the failure ones. */
    private Message replayCopy(Message original, EditedBody edited) throws JMSException {
        Message copy;
        if (original instanceof TextMessage text) {
            copy = jms.createTextMessage(
                    edited == null
                            ? text.getText()
                            : Texts.decode(edited.bytes(), edited.text() ? edited.textCharset() : "UTF-8"));
        } else {
            BytesMessage bytes = jms.createBytesMessage();
            if (edited == null) {
                bytes.writeBytes(MessageViews.bodyBytes(original));
            } else if (edited.text()) {
                // an edit made as text is sent as UTF-8 and says so, whatever the original's charset was
                bytes.writeBytes(
                        Texts.decode(edited.bytes(), edited.textCharset()).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.writeBytes(edited.bytes());
            }
            copy = bytes;
        }
        for (Object name : Collections.list(original.getPropertyNames())) {
            String key = (String) name;
            if (!key.startsWith("CI_") && !key.startsWith("JMS")) {
                copy.setObjectProperty(key, original.getObjectProperty(key));
            }
        }
        if (copy instanceof BytesMessage) {
            String declared = original.getStringProperty(ErrorQueue.CHARSET);
            if (edited != null && edited.text()) {
                copy.setStringProperty(CHARSET_PROPERTY, "UTF-8");
            } else if (declared != null && !copy.propertyExists(CHARSET_PROPERTY)) {
                // the charset the inbound path decoded it with (perhaps from IBM MQ's own property, not copied)
                copy.setStringProperty(CHARSET_PROPERTY, declared);
            }
        }
        if (original.getJMSType() != null) {
            copy.setJMSType(original.getJMSType());
        }
        copy.setStringProperty(ErrorQueue.REPLAYED_FROM, original.getJMSMessageID());
        return copy;
    }

    private static String describe(ManagedQueue queue, Message message, FailureInfo failure) throws JMSException {
        StringBuilder text = new StringBuilder("on ")
                .append(queue.name())
                .append(", ")
                .append(MessageViews.typeOf(message))
                .append(", ")
                .append(MessageViews.bodyBytes(message).length)
                .append(" bytes");
        if (failure != null) {
            text.append(", ").append(failure.reasonCode()).append(" from ").append(failure.sourceQueue());
        }
        return text.toString();
    }
}
