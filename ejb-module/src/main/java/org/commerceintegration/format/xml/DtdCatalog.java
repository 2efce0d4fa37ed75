package org.commerceintegration.format.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DTDs a {@link SafeXmlParser} may use, held in memory: which root element and version each DTD describes, and
 * the modules (such as {@code NCCommon.mod}) those DTDs may pull in. Nothing outside a catalog is ever read while
 * parsing, so the catalog is the complete list of what a message can be validated against.
 *
 * <p>Loaded once; the bytes are shared by every parse and never handed out, so no one can alter them.
 */
public final class DtdCatalog {

    /** Resource folder of the DTDs written for this project from the spec's Appendix A. */
    public static final String MESSAGE_DTD_DIRECTORY = "/org/commerceintegration/format/xml/dtd/";

    /** One bundled DTD: the document type it describes and its file name (the name a DOCTYPE may use for it). */
    public record Entry(String rootElement, String version, String fileName) {}

    private final Map<String, byte[]> files;
    private final Map<String, List<Entry>> byRoot;

    private DtdCatalog(Map<String, byte[]> files, Map<String, List<Entry>> byRoot) {
        this.files = Map.copyOf(files);
        Map<String, List<Entry>> copy = new LinkedHashMap<>();
        byRoot.forEach((root, entries) -> copy.put(root, List.copyOf(entries)));
        this.byRoot = Collections.unmodifiableMap(copy);
    }

    /** The catalog of the order messages: Update_NC_OrderStatus 1.0, Update_WCS_OrderStatus 2.0/3.0, Report_NC_PurchaseOrder 1.0. */
    public static DtdCatalog messages() {
        return MessagesHolder.INSTANCE;
    }

    /** Starts a catalog whose files are class-path resources in {@code directory} (absolute, ending in '/'). */
    public static Builder fromResources(Class<?> anchor, String directory) {
        return new Builder(anchor, directory);
    }

    /**
     * Picks the DTD for a message. The root element decides; the version attribute decides between versions of one
     * root. Without a version attribute the DOCTYPE's system identifier helps only when its file name is one of ours
     * (never fetched), and otherwise a root with a single DTD needs no hint.
     *
     * @param rootElement     the root element name as it appears in the message
     * @param version         the root's {@code version} attribute, or {@code null} when absent
     * @param doctypeSystemId the DOCTYPE's system identifier, or {@code null}
     * @return the DTD, or empty when the message is of no type this catalog knows
     */
    public Optional<Entry> select(String rootElement, String version, String doctypeSystemId) {
        List<Entry> versions = byRoot.getOrDefault(rootElement, List.of());
        if (version != null) {
            return versions.stream().filter(e -> e.version().equals(version)).findFirst();
        }
        String hint = fileNameOf(doctypeSystemId);
        Optional<Entry> named =
                versions.stream().filter(e -> e.fileName().equals(hint)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return versions.size() == 1 ? Optional.of(versions.get(0)) : Optional.empty();
    }

    /** Exact lookup, for callers that know the document type they expect (e.g. the outbound writer). */
    public Optional<Entry> find(String rootElement, String version) {
        return select(rootElement, java.util.Objects.requireNonNull(version, "version"), null);
    }

    /** The versions bundled for a root element, oldest first; empty when the root is unknown. */
    public List<Entry> versionsOf(String rootElement) {
        return byRoot.getOrDefault(rootElement, List.of());
    }

    /** Whether {@code fileName} is a DTD or module of this catalog. */
    boolean contains(String fileName) {
        return files.containsKey(fileName);
    }

    /** The shared bytes of a file of this catalog; callers only read them. */
    byte[] bytes(String fileName) {
        byte[] bytes = files.get(fileName);
        if (bytes == null) {
            throw new IllegalArgumentException("not in the DTD catalog: " + fileName);
        }
        return bytes;
    }

    /** Last path segment of a URI or path, so {@code http://x/y/A.dtd}, {@code file:///A.dtd} and {@code A.dtd} agree. */
    static String fileNameOf(String systemId) {
        if (systemId == null) {
            return null;
        }
        int cut = Math.max(systemId.lastIndexOf('/'), systemId.lastIndexOf('\\'));
        return systemId.substring(cut + 1);
    }

    /** Collects DTDs and modules from the class path; reads each file once, at {@link #build()} time at the latest. */
    public static final class Builder {
        private final Class<?> anchor;
        private final String directory;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final Map<String, List<Entry>> byRoot = new LinkedHashMap<>();

        private Builder(Class<?> anchor, String directory) {
            this.anchor = anchor;
            this.directory = directory.endsWith("/") ? directory : directory + "/";
        }

        /** Adds the DTD for one root element and version. */
        public Builder document(String rootElement, String version, String fileName) {
            load(fileName);
            byRoot.computeIfAbsent(rootElement, r -> new ArrayList<>()).add(new Entry(rootElement, version, fileName));
            return this;
        }

        /** Adds a module that the catalog's DTDs reference through a parameter entity. */
        public Builder module(String fileName) {
            load(fileName);
            return this;
        }

        public DtdCatalog build() {
            return new DtdCatalog(files, byRoot);
        }

        private void load(String fileName) {
            if (fileName.contains("/") || fileName.contains("\\")) {
                throw new IllegalArgumentException("a catalog file name has no path: " + fileName);
            }
            try (InputStream in = anchor.getResourceAsStream(directory + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("bundled DTD resource missing: " + directory + fileName);
                }
                files.put(fileName, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled DTD resource " + directory + fileName, e);
            }
        }
    }

    /** Lazy holder: the resources are read the first time anyone asks, once per class loader. */
    private static final class MessagesHolder {
        static final DtdCatalog INSTANCE = fromResources(DtdCatalog.class, MESSAGE_DTD_DIRECTORY)
                .module("NCCommon.mod")
                .document("Update_NC_OrderStatus", "1.0", "Update_NC_OrderStatus_10.dtd")
                .document("Update_WCS_OrderStatus", "2.0", "Update_WCS_OrderStatus_20.dtd")
                .document("Update_WCS_OrderStatus", "3.0", "Update_WCS_OrderStatus_30.dtd")
                .document("Report_NC_PurchaseOrder", "1.0", "Report_NC_PO_10.dtd")
                .build();
    }
}
