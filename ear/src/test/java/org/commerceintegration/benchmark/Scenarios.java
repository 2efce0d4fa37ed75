package org.commerceintegration.benchmark;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.commerceintegration.messages.MessageCriteria;
import org.commerceintegration.messages.MessageSearch;
import org.commerceintegration.outbound.order.OrderProcess;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.Jdbc;

/**
 * The scenarios, run inside the server one at a time, each leaving the database and the queues as it found them.
 * Every scenario returns its figures as named values (see {@link BenchmarkReport} for their names); a scenario that
 * cannot complete (a message not applied in time, one on the error queue) throws, so the harness cannot report a
 * rate for work that did not happen.
 */
final class Scenarios {

    static final String PARALLEL = "JMSParallelInboundQueue";
    static final String SERIAL = "JMSSerialInboundQueue";

    private static final String SWITCH_TO_LEGACY =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";
    private static final String SWITCH_TO_XML =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";

    /** How often the latency scenario's watcher looks for newly committed records. */
    private static final long WATCH_MILLIS = 5;

    /** The most rows the lookup scenario inserts per commit. */
    private static final int RECORD_BATCH = 1000;

    private final DataSource dataSource;
    private final ConnectionFactory connectionFactory;
    private final OrderProcess orderProcess;
    private final CommandRegistry registry;
    private final MessageSearch messageSearch;

    Scenarios(OrderProcess orderProcess, CommandRegistry registry, MessageSearch messageSearch) {
        this.dataSource = lookup("jdbc/commerce", DataSource.class);
        this.connectionFactory = lookup("jms/JMSQueueConnectionFactory", ConnectionFactory.class);
        this.orderProcess = orderProcess;
        this.registry = registry;
        this.messageSearch = messageSearch;
    }

    // ----- a. baselines -----

    /** Raw insert+commit of one small row per transaction on a scratch table, on {@code threads} connections. */
    Map<String, String> derbyInsert(int rows, int threads) throws Exception {
        String table = "CI_BENCH_SCRATCH";
        dropQuietly(table);
        Jdbc.execute("CREATE TABLE " + table + " (ID BIGINT NOT NULL PRIMARY KEY, PAYLOAD VARCHAR(200))");
        try {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                int perThread = rows / threads;
                ProcessLoad load = ProcessLoad.start();
                long start = System.nanoTime();
                List<Future<Void>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        try (Connection c = dataSource.getConnection();
                                PreparedStatement insert =
                                        c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
                            c.setAutoCommit(false);
                            for (int i = 0; i < perThread; i++) {
                                insert.setLong(1, (long) thread * perThread + i);
                                insert.setString(2, "benchmark row " + i);
                                insert.executeUpdate();
                                c.commit();
                                if (thread == 0 && i % 100 == 0) {
                                    Progress.set("derby insert+commit, " + threads + " thread(s): " + (i * threads)
                                            + " of " + rows);
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<Void> future : done) {
                    future.get();
                }
                long nanos = System.nanoTime() - start;
                load.stop();
                return result("rows", perThread * threads, nanos, load);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            dropQuietly(table);
        }
    }

    /**
     * Raw persistent put of {@code messages} one per send, then their get one per receive, on the parallel inbound
     * queue while its listener is paused: what the messaging engine costs without any processing.
     */
    Map<String, String> putGet(int messages) throws Exception {
        String body = new BenchmarkOrders(0, 1, 1).legacyStatus(0);
        pause(PARALLEL);
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue queue = queue(PARALLEL);
            ProcessLoad load = ProcessLoad.start();
            long start = System.nanoTime();
            put(context, queue, messages, i -> body, null);
            long putNanos = System.nanoTime() - start;
            JMSConsumer consumer = context.createConsumer(queue);
            for (int i = 0; i < messages; i++) {
                if (consumer.receive(10_000) == null) {
                    throw new IllegalStateException("only " + i + " of " + messages + " messages came back");
                }
                if (i % 100 == 0) {
                    Progress.set("raw get: " + i + " of " + messages);
                }
            }
            long nanos = System.nanoTime() - start;
            load.stop();
            Map<String, String> result = result("put+get pairs", messages, nanos, load);
            result.put("putPerSecond", format(messages / (putNanos / 1e9)));
            result.put("getPerSecond", format(messages / ((nanos - putNanos) / 1e9)));
            return result;
        } finally {
            resume(PARALLEL);
        }
    }

    // ----- b. inbound drain -----

    /**
     * Creates {@code messages} orders of {@code items} items, puts one status message per order on the paused queue,
     * resumes its listener and measures until every message is applied: from the resume to the last record's end
     * ({@code RECEIVED} plus {@code DURATIONMS}, the processing record being written just before its commit).
     */
    Map<String, String> drain(int slot, String queueName, String format, int messages, int items) throws Exception {
        BenchmarkOrders orders = new BenchmarkOrders(slot, messages, items);
        Progress.set("creating " + messages + " orders of " + items + " item(s)");
        orders.create(dataSource);
        try {
            pause(queueName);
            try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
                long putStart = System.nanoTime();
                put(context, queue(queueName), messages, bodies(orders, format), null);
                double putSeconds = (System.nanoTime() - putStart) / 1e9;
                ProcessLoad load = ProcessLoad.start();
                long resumedAt = System.currentTimeMillis();
                resume(queueName);
                awaitApplied(orders, messages, items, load);
                load.stop();
                long lastCommit = recordEnds(orders).values().stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElseThrow();
                long nanos = Math.max(1, lastCommit - resumedAt) * 1_000_000L;
                Map<String, String> result = result("messages", messages, nanos, load);
                result.put("itemsPerMessage", Integer.toString(items));
                result.put("itemsPerSecond", format(messages * (double) items / (nanos / 1e9)));
                result.put("putPerSecond", format(messages / putSeconds));
                return result;
            }
        } finally {
            resume(queueName);
            orders.delete(dataSource);
        }
    }

    // ----- c. latency -----

    /**
     * Puts {@code messages} one-item legacy messages on the active queue at {@code rate} per second and measures each
     * one's put-to-commit time: from the start of its put to the moment its processing record is visible to another
     * connection (committed), found by a watcher that polls the records every {@value #WATCH_MILLIS} ms (the
     * resolution of the figures). The record's own end ({@code RECEIVED} + {@code DURATIONMS}) would miss the commit.
     */
    Map<String, String> latency(int slot, String queueName, int messages, double rate) throws Exception {
        BenchmarkOrders orders = new BenchmarkOrders(slot, messages, 1);
        Progress.set("creating " + messages + " orders");
        orders.create(dataSource);
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            long[] putAt = new long[messages];
            long[] seenAt = new long[messages];
            Future<Void> watching = watcher.submit(() -> {
                watchCommits(orders, seenAt);
                return null;
            });
            ProcessLoad load = ProcessLoad.start();
            long start = System.nanoTime();
            long interval = (long) (1e9 / rate);
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            Queue queue = queue(queueName);
            for (int i = 0; i < messages; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    // pacing the load at the chosen rate, not waiting for a condition
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                TextMessage message = context.createTextMessage(orders.legacyStatus(i));
                putAt[i] = System.nanoTime();
                producer.send(queue, message);
                if (i % 50 == 0) {
                    Progress.set("paced put at " + format(rate) + "/s: " + i + " of " + messages);
                    load.sample();
                }
            }
            awaitApplied(orders, messages, 1, load);
            watching.get(60, java.util.concurrent.TimeUnit.SECONDS);
            load.stop();
            long nanos = System.nanoTime() - start;
            long[] latencies = new long[messages];
            for (int i = 0; i < messages; i++) {
                latencies[i] = (seenAt[i] - putAt[i]) / 1_000_000;
            }
            Arrays.sort(latencies);
            Map<String, String> result = result("messages", messages, nanos, load);
            result.put("rateAsked", format(rate));
            result.put("p50ms", Long.toString(percentile(latencies, 50)));
            result.put("p95ms", Long.toString(percentile(latencies, 95)));
            result.put("p99ms", Long.toString(percentile(latencies, 99)));
            result.put("maxms", Long.toString(latencies[messages - 1]));
            return result;
        } finally {
            watcher.shutdownNow();
            orders.delete(dataSource);
        }
    }

    /** Polls the orders' records, noting when each first becomes visible, until all are (or a minute passes idle). */
    private void watchCommits(BenchmarkOrders orders, long[] seenAt) throws Exception {
        int lowest = 0;
        int seen = 0;
        long idleSince = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT ORDERS_ID FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID BETWEEN ? AND ?")) {
            c.setAutoCommit(true);
            while (seen < seenAt.length && System.nanoTime() - idleSince < 60_000_000_000L) {
                s.setLong(1, orders.orderId(lowest));
                s.setLong(2, orders.lastOrder());
                long now;
                try (ResultSet rs = s.executeQuery()) {
                    now = System.nanoTime();
                    while (rs.next()) {
                        int index = (int) (rs.getLong(1) - orders.firstOrder());
                        if (seenAt[index] == 0) {
                            seenAt[index] = now;
                            seen++;
                            idleSince = now;
                        }
                    }
                }
                while (lowest < seenAt.length && seenAt[lowest] != 0) {
                    lowest++;
                }
                Thread.sleep(WATCH_MILLIS);
            }
        }
        if (seen < seenAt.length) {
            throw new IllegalStateException("only " + seen + " of " + seenAt.length + " commits seen");
        }
    }

    // ----- d. outbound -----

    /**
     * Processes {@code orders} orders through the local EJB {@code OrderProcess}, each in a transaction of its own
     * as Commerce calls it, with {@code CMDREG} naming the XML or the legacy command, and measures until every
     * message has left the outbox for the outbound queue; then takes them off the queue and counts them.
     */
    Map<String, String> outbound(int slot, boolean legacy, int count) throws Exception {
        BenchmarkOrders orders = new BenchmarkOrders(slot, count, 3);
        Progress.set("creating " + count + " orders of 3 items");
        orders.create(dataSource);
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue outbound = queue("JMSOutboundQueue");
            drain(context, outbound, 500);
            Jdbc.execute(legacy ? SWITCH_TO_LEGACY : SWITCH_TO_XML);
            registry.reload();
            ProcessLoad load = ProcessLoad.start();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                orderProcess.process(orders.orderId(i));
                if (i % 50 == 0) {
                    Progress.set("OrderProcess.process: " + i + " of " + count);
                    load.sample();
                }
            }
            double callSeconds = (System.nanoTime() - start) / 1e9;
            long deadline = System.currentTimeMillis() + 60_000 + count * 50L;
            long left;
            String unsent = "SELECT COUNT(*) FROM MSGSTORE WHERE CI_ORDERS_ID BETWEEN ? AND ?";
            while ((left = count(unsent, orders.firstOrder(), orders.lastOrder())) > 0) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(left + " of " + count + " order messages still in MSGSTORE");
                }
                Progress.set("outbox: " + left + " of " + count + " still to send");
                load.sample();
                Thread.sleep(50);
            }
            long nanos = System.nanoTime() - start;
            load.stop();
            int received = drain(context, outbound, 5000);
            if (received < count) {
                throw new IllegalStateException("only " + received + " of " + count + " order messages on the queue");
            }
            Map<String, String> result = result("orders", count, nanos, load);
            result.put("processCallsPerSecond", format(count / callSeconds));
            return result;
        } finally {
            Jdbc.execute(SWITCH_TO_XML);
            registry.reload();
            orders.delete(dataSource);
        }
    }

    // ----- e. scaling -----

    /**
     * Heap of the server with {@code messages} persistent messages queued on the paused parallel queue: live heap
     * after a full collection, before and after the put; the messages are then taken off unprocessed.
     */
    Map<String, String> queuedHeap(int messages) throws Exception {
        String body = new BenchmarkOrders(0, 1, 1).legacyStatus(0);
        pause(PARALLEL);
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue queue = queue(PARALLEL);
            double before = ProcessLoad.liveHeapMegabytes();
            ProcessLoad load = ProcessLoad.start();
            long start = System.nanoTime();
            put(context, queue, messages, i -> body, load);
            long nanos = System.nanoTime() - start;
            load.stop();
            double after = ProcessLoad.liveHeapMegabytes();
            int taken = drain(context, queue, 2000);
            if (taken != messages) {
                throw new IllegalStateException(taken + " messages taken back, " + messages + " put");
            }
            Map<String, String> result = result("messages queued", messages, nanos, load);
            result.put("liveHeapBeforeMb", format(before));
            result.put("liveHeapQueuedMb", format(after));
            return result;
        } finally {
            resume(PARALLEL);
        }
    }

    /**
     * One order's messages among {@code records} processing records (ten per order) and one outbound send per order,
     * inserted by JDBC batch: the time of the message search by order that {@code GET /api/messages?ordersId=} makes
     * ({@link MessageSearch}, first page of 50, newest first across the inbound records, the outbound sends and the
     * error queue), over {@code lookups} orders. Target: p95 under 200 ms among 1,000,000 records.
     */
    Map<String, String> recordLookup(int records, int lookups) throws Exception {
        BenchmarkOrders range = new BenchmarkOrders(20, Math.max(1, records / 10), 0);
        String between = " WHERE ORDERS_ID BETWEEN " + range.firstOrder() + " AND " + range.lastOrder();
        Jdbc.execute("DELETE FROM CI_INBOUND_MESSAGE" + between);
        Jdbc.execute("DELETE FROM CI_OUTBOUND_MESSAGE" + between);
        try {
            LocalDateTime now = LocalDateTime.now();
            int orderCount = Math.max(1, records / 10);
            try (Connection c = dataSource.getConnection();
                    PreparedStatement insert = c.prepareStatement("INSERT INTO CI_INBOUND_MESSAGE (MSGID, QUEUENAME,"
                            + " MSGTYPE, COMMANDNAME, ORDERS_ID, OUTCOME, RECEIVED, DURATIONMS, DELIVERYCOUNT,"
                            + " MSGBYTES, CORRELID) VALUES (?, 'JMSParallelInboundQueue', 'OrderStatusUpdate',"
                            + " 'OrderStatus', ?, 'PROCESSED', ?, 3, 1, 700, ?)");
                    PreparedStatement send = c.prepareStatement("INSERT INTO CI_OUTBOUND_MESSAGE (STORE_MSGID,"
                            + " ATTEMPT, MSGID, ORDERS_ID, MSGTYPE, QUEUENAME, CORRELID, OUTCOME, ATTEMPTED)"
                            + " VALUES (?, 1, ?, ?, 'OrderCreateXMLFormat', 'JMSOutboundQueue', ?, 'SENT', ?)")) {
                c.setAutoCommit(false);
                for (int i = 0; i < records; i++) {
                    long ordersId = range.orderId(i % orderCount);
                    // distinct times, so that newest first is a real order and not a tie broken by id
                    Timestamp at = Timestamp.valueOf(now.minusNanos(1_000_000L * (records - i)));
                    insert.setString(1, "ID:benchmark-" + i);
                    insert.setLong(2, ordersId);
                    insert.setTimestamp(3, at);
                    insert.setString(4, "benchmark-" + i);
                    insert.addBatch();
                    if (i < orderCount) {
                        send.setLong(1, -1L - i);
                        send.setString(2, "ID:benchmark-out-" + i);
                        send.setLong(3, ordersId);
                        send.setString(4, "benchmark-out-" + i);
                        send.setTimestamp(5, at);
                        send.addBatch();
                    }
                    if (i % RECORD_BATCH == RECORD_BATCH - 1 || i == records - 1) {
                        insert.executeBatch();
                        send.executeBatch();
                        c.commit();
                        Progress.set("processing records inserted: " + (i + 1) + " of " + records);
                    }
                }
            }
            long[] micros = new long[lookups];
            java.util.Random random = new java.util.Random(42);
            int expected = records >= 10 ? 11 : records + 1;
            ProcessLoad load = ProcessLoad.start();
            long start = System.nanoTime();
            for (int i = 0; i < lookups; i++) {
                long ordersId = range.orderId(random.nextInt(orderCount));
                long t = System.nanoTime();
                int found = messageSearch
                        .search(new MessageCriteria(ordersId, null, null, null, null, null, null, null, 0, 50))
                        .messages()
                        .size();
                micros[i] = (System.nanoTime() - t) / 1000;
                if (found != expected) {
                    throw new IllegalStateException(
                            found + " messages for order " + ordersId + ", expected " + expected);
                }
            }
            long nanos = System.nanoTime() - start;
            load.stop();
            Arrays.sort(micros);
            Map<String, String> result = result("lookups", lookups, nanos, load);
            result.put("records", Integer.toString(records));
            result.put("p50ms", format(percentile(micros, 50) / 1000.0));
            result.put("p95ms", format(percentile(micros, 95) / 1000.0));
            result.put("p99ms", format(percentile(micros, 99) / 1000.0));
            result.put("p95TargetMs", "200");
            return result;
        } finally {
            Progress.set("removing the inserted processing records");
            Jdbc.execute("DELETE FROM CI_INBOUND_MESSAGE" + between);
            Jdbc.execute("DELETE FROM CI_OUTBOUND_MESSAGE" + between);
        }
    }

    // ----- shared -----

    private static IntFunction<String> bodies(BenchmarkOrders orders, String format) {
        return "xml".equals(format) ? orders::xmlStatus : orders::legacyStatus;
    }

    private static void put(JMSContext context, Queue queue, int messages, IntFunction<String> body, ProcessLoad load) {
        JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        for (int i = 0; i < messages; i++) {
            producer.send(queue, body.apply(i));
            if (i % 100 == 0) {
                Progress.set("put: " + i + " of " + messages);
                if (load != null) {
                    load.sample();
                }
            }
        }
    }

    /** Takes every message off the queue; returns how many, once none came for {@code quietMillis}. */
    private static int drain(JMSContext context, Queue queue, long quietMillis) {
        int count = 0;
        try (JMSConsumer consumer = context.createConsumer(queue)) {
            while (consumer.receive(quietMillis) != null) {
                count++;
            }
        }
        return count;
    }

    /** Waits until every message about the orders has a record; all must be applied, none failed. */
    private void awaitApplied(BenchmarkOrders orders, int messages, int items, ProcessLoad load) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000 + (long) messages * items * 5;
        String recorded = "SELECT COUNT(*) FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID BETWEEN ? AND ?";
        long done;
        while ((done = count(recorded, orders.firstOrder(), orders.lastOrder())) < messages) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only " + done + " of " + messages + " messages applied in time");
            }
            Progress.set("applied " + done + " of " + messages);
            load.sample();
            Thread.sleep(100);
        }
        long failed = count(
                "SELECT COUNT(*) FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID BETWEEN ? AND ? AND OUTCOME <> 'PROCESSED'",
                orders.firstOrder(),
                orders.lastOrder());
        if (failed > 0) {
            Object reason = Jdbc.queryValue(
                    "SELECT REASON FROM CI_INBOUND_MESSAGE WHERE ORDERS_ID BETWEEN ? AND ? AND OUTCOME <> 'PROCESSED'",
                    orders.firstOrder(),
                    orders.lastOrder());
            throw new IllegalStateException(failed + " of " + messages + " messages failed, e.g.: " + reason);
        }
        long statusRows = count(
                "SELECT COUNT(*) FROM ORDSTAT WHERE ORDERS_ID BETWEEN ? AND ?",
                orders.firstOrder(),
                orders.lastOrder());
        if (statusRows != messages) {
            throw new IllegalStateException(statusRows + " ORDSTAT rows for " + messages + " applied messages");
        }
    }

    /** Each record's end in epoch milliseconds ({@code RECEIVED} plus {@code DURATIONMS}) by message id. */
    private Map<String, Long> recordEnds(BenchmarkOrders orders) throws SQLException {
        Map<String, Long> ends = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT MSGID, RECEIVED, DURATIONMS FROM CI_INBOUND_MESSAGE"
                        + " WHERE ORDERS_ID BETWEEN ? AND ?")) {
            s.setLong(1, orders.firstOrder());
            s.setLong(2, orders.lastOrder());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ends.put(rs.getString(1), rs.getTimestamp(2).getTime() + rs.getInt(3));
                }
            }
        }
        return ends;
    }

    private static void pause(String queueName) {
        listener(queueName, "pause", "PAUSED");
    }

    private static void resume(String queueName) {
        listener(queueName, "resume", "ACTIVE");
    }

    /** Through the operators' API, as an operator pauses a listener: the benchmark needs nothing of its internals. */
    private static void listener(String queueName, String action, String expected) {
        HttpResponse<String> answer =
                Api.as(Api.OPERATOR).post(InServer.url("/api/listeners/" + queueName + "/" + action), "text/plain", "");
        if (answer.statusCode() != 200 || !answer.body().contains("\"" + expected + "\"")) {
            throw new IllegalStateException(
                    action + " of " + queueName + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private Map<String, String> result(String unit, long units, long nanos, ProcessLoad load) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("unit", unit);
        result.put("count", Long.toString(units));
        result.put("seconds", format(nanos / 1e9));
        result.put("perSecond", format(units / (nanos / 1e9)));
        result.put("cpuPercent", format(load.cpuPercent()));
        result.put("cpuMsPerUnit", format(load.cpuMillisPer(units)));
        result.put("peakHeapMb", format(load.peakHeapMegabytes()));
        result.put("cores", Integer.toString(ProcessLoad.cores()));
        return result;
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static long count(String sql, Object... parameters) {
        return ((Number) Jdbc.queryValue(sql, parameters)).longValue();
    }

    private static void dropQuietly(String table) {
        try {
            Jdbc.execute("DROP TABLE " + table);
        } catch (IllegalStateException e) {
            // not there: nothing to drop
        }
    }

    private static Queue queue(String name) {
        return lookup("jms/" + name, Queue.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
