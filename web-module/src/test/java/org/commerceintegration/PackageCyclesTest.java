package org.commerceintegration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.commerceintegration.registry.CommandRegistry;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the application depend on each other, directly or through others: the package graph of both
 * modules (this one's classes and the ejb-module's it is built against), read from the bytecode by {@code jdeps}, has
 * no cycle. A cycle is reported with the class dependencies that make it, so the fix is plain.
 */
class PackageCyclesTest {

    private static final String ROOT = "org.commerceintegration.";

    /** {@code jdeps -verbose:class} lines: {@code   a.b.C -> d.e.F   origin}. */
    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s.*$");

    @Test
    void packagesFormNoCycle() throws Exception {
        Path web = Path.of("target/classes");
        Path ejb = location(CommandRegistry.class);
        assertTrue(Files.isDirectory(web.resolve("org/commerceintegration")), "compile web-module first: " + web);

        Map<String, Map<String, Set<String>>> graph = packageGraph(jdeps(ejb, web));
        assertTrue(graph.containsKey(ROOT + "inbound"), "jdeps found the ejb-module's packages in " + ejb);
        assertTrue(graph.containsKey(ROOT + "api"), "jdeps found the web-module's packages in " + web);

        List<Set<String>> cycles = cycles(graph);
        assertEquals(List.of(), cycles, () -> describe(cycles, graph));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String jdeps(Path... inputs) {
        ToolProvider jdeps =
                ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in the JDK"));
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none"));
        for (Path input : inputs) {
            args.add(input.toString());
        }
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        assertEquals(0, status, () -> "jdeps " + args + " failed:\n" + out);
        return out.toString();
    }

    /** Package to package, with the class dependencies behind each edge; only the application's own packages. */
    private static Map<String, Map<String, Set<String>>> packageGraph(String jdepsOutput) {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        for (String line : jdepsOutput.split("\\R")) {
            Matcher m = DEPENDENCY.matcher(line);
            if (!m.matches() || !m.group(1).startsWith(ROOT) || !m.group(2).startsWith(ROOT)) {
                continue;
            }
            String from = packageOf(m.group(1));
            String to = packageOf(m.group(2));
            graph.computeIfAbsent(to, p -> new TreeMap<>());
            if (!from.equals(to)) {
                graph.computeIfAbsent(from, p -> new TreeMap<>())
                        .computeIfAbsent(to, p -> new TreeSet<>())
                        .add(simpleName(m.group(1)) + " -> " + simpleName(m.group(2)));
            } else {
                graph.computeIfAbsent(from, p -> new TreeMap<>());
            }
        }
        return graph;
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The strongly connected components of more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> components = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, components);
            }
        }
        return components;
    }

    private static void connect(
            String node,
            Map<String, Map<String, Set<String>>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                components.add(component);
            }
        }
    }

    private static String describe(List<Set<String>> cycles, Map<String, Map<String, Set<String>>> graph) {
        StringBuilder text = new StringBuilder("package dependency cycles:");
        for (Set<String> cycle : cycles) {
            text.append("\n  ")
                    .append(cycle.stream().map(p -> p.substring(ROOT.length())).collect(Collectors.joining(", ")));
            for (String from : cycle) {
                graph.get(from).forEach((to, classes) -> {
                    if (cycle.contains(to)) {
                        text.append("\n    ")
                                .append(from.substring(ROOT.length()))
                                .append(" -> ")
                                .append(to.substring(ROOT.length()))
                                .append(": ")
                                .append(classes);
                    }
                });
            }
        }
        return text.toString();
    }
}
