package org.commerceintegration.inbound;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * The tags and command conditions of one template arranged as a tree of steps, so that the streaming mapper finds an
 * element's tags by looking only at the children of its parent's nodes: no path strings are built per element.
 */
final class PathIndex {

    /** A position in the tree; what is tagged there. Lists are filled while building and only read afterwards. */
    static final class Node {
        private final List<Edge> edges = new ArrayList<>();
        final List<Ranked> elementTags = new ArrayList<>();
        final List<Ranked> attributeTags = new ArrayList<>();
        final List<MessageTemplate.CommandRule> commands = new ArrayList<>();

        /** Adds the nodes reached from this one by a child element to {@code into}. */
        void children(String name, int occurrence, Attributes attributes, List<Node> into) {
            for (Edge edge : edges) {
                if (edge.step().matches(name, occurrence, attributes)) {
                    into.add(edge.node());
                }
            }
        }

        private Node child(TagPath.Step step) {
            for (Edge edge : edges) {
                if (edge.step().equals(step)) {
                    return edge.node();
                }
            }
            Node node = new Node();
            edges.add(new Edge(step, node));
            return node;
        }
    }

    record Edge(TagPath.Step step, Node node) {}

    /** A tag with its precedence: more specific first, then earlier in the table. */
    record Ranked(TemplateTag tag, int specificity, int order) {
        boolean beats(Ranked other) {
            return other == null
                    || specificity > other.specificity
                    || (specificity == other.specificity && order < other.order);
        }
    }

    private final Node root = new Node();

    PathIndex(List<TemplateTag> tags, List<MessageTemplate.CommandRule> commands) {
        for (int i = 0; i < tags.size(); i++) {
            TemplateTag tag = tags.get(i);
            Node node = nodeFor(tag.path());
            Ranked ranked = new Ranked(tag, tag.path().specificity(), i);
            (tag.path().attribute() != null ? node.attributeTags : node.elementTags).add(ranked);
        }
        for (MessageTemplate.CommandRule command : commands) {
            if (command.condition() != null) {
                nodeFor(command.condition()).commands.add(command);
            }
        }
    }

    /** The node of the start element itself. */
    Node root() {
        return root;
    }

    private Node nodeFor(TagPath path) {
        Node node = root;
        for (TagPath.Step step : path.steps()) {
            node = node.child(step);
        }
        return node;
    }
}
