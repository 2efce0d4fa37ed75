package org.commerceintegration.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a cause chain. Containers wrap what the application threw (an {@code EJBException} around the cause, a
 * transaction rollback around that), so what matters is often some levels down; a chain may even loop back on
 * itself, which every walk here survives.
 */
public final class Causes {

    private Causes() {}

    /** The error, then its cause, and so on, each once, outermost first. */
    public static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The outermost throwable in the chain that is one of the types, if any. */
    @SafeVarargs
    public static Optional<Throwable> find(Throwable error, Class<? extends Throwable>... types) {
        for (Throwable t : chain(error)) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** The innermost cause (the error itself when it has none). */
    public static Throwable root(Throwable error) {
        List<Throwable> chain = chain(error);
        return chain.get(chain.size() - 1);
    }
}
