package org.commerceintegration.benchmark;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.commerceintegration.messages.MessageSearch;
import org.commerceintegration.outbound.order.OrderProcess;
import org.commerceintegration.registry.CommandRegistry;

/**
 * The benchmark's door into the server (test module only, never in the application): {@code POST
 * /integration-tests/benchmark/run?scenario=...} runs one scenario on the request's thread and answers its figures
 * as {@code java.util.Properties} text; {@code GET /integration-tests/benchmark/progress} answers what the running
 * scenario is doing. One scenario at a time: a second run waits for the first.
 */
@WebServlet(urlPatterns = "/benchmark/*")
public class BenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Object ONE_AT_A_TIME = new Object();

    @EJB
    private OrderProcess orderProcess;

    @EJB
    private CommandRegistry registry;

    @EJB
    private MessageSearch messageSearch;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Progress.get());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String scenario = request.getParameter("scenario");
        int count = Integer.parseInt(request.getParameter("count"));
        Properties figures = new Properties();
        synchronized (ONE_AT_A_TIME) {
            Progress.set(scenario + ": starting");
            try {
                figures.putAll(run(scenario, count, request));
                Progress.set(scenario + ": done");
            } catch (Exception | AssertionError e) {
                Progress.set(scenario + ": failed: " + e);
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                response.setStatus(500);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(trace.toString());
                return;
            }
        }
        response.setContentType("text/plain;charset=ISO-8859-1");
        figures.store(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.ISO_8859_1), null);
        response.getOutputStream().flush();
    }

    private Map<String, String> run(String scenario, int count, HttpServletRequest request) throws Exception {
        Scenarios scenarios = new Scenarios(orderProcess, registry, messageSearch);
        int items = request.getParameter("items") == null ? 1 : Integer.parseInt(request.getParameter("items"));
        String queue = "serial".equals(request.getParameter("queue")) ? Scenarios.SERIAL : Scenarios.PARALLEL;
        String format = request.getParameter("format");
        int slot = request.getParameter("slot") == null ? 1 : Integer.parseInt(request.getParameter("slot"));
        return switch (scenario) {
            case "derby-insert" -> scenarios.derbyInsert(count, Integer.parseInt(request.getParameter("threads")));
            case "put-get" -> scenarios.putGet(count);
            case "drain" -> scenarios.drain(slot, queue, format, count, items);
            case "latency" -> scenarios.latency(slot, queue, count, Double.parseDouble(request.getParameter("rate")));
            case "outbound" -> scenarios.outbound(slot, "legacy".equals(format), count);
            case "queued-heap" -> scenarios.queuedHeap(count);
            case "record-lookup" -> scenarios.recordLookup(count, Integer.parseInt(request.getParameter("lookups")));
            default -> throw new IllegalArgumentException("no scenario " + scenario);
        };
    }
}
