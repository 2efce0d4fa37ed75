package org.commerceintegration.registry;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every command bean in the application, by Commerce interface name and by the class names it answers to
 * ({@link CommandImplementation} values and its own class name). Built once at start-up: the set of beans cannot
 * change while the application runs, only the {@code CMDREG} rows that choose among them.
 */
final class CommandCatalog {

    /** interface name -> implementation name (every alias) -> bean reference */
    private final Map<String, Map<String, Object>> implementations;
    /** interface name -> the one name each bean is offered under (its first qualifier value, else its class name) */
    private final Map<String, Set<String>> offeredNames;

    private CommandCatalog(Map<String, Map<String, Object>> implementations, Map<String, Set<String>> offeredNames) {
        this.implementations = implementations;
        this.offeredNames = offeredNames;
    }

    static CommandCatalog discover(BeanManager beanManager) {
        Map<String, Map<String, Object>> byInterface = new HashMap<>();
        Map<String, Set<String>> offered = new HashMap<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (Type type : bean.getTypes()) {
                if (!(type instanceof Class<?> javaType)) {
                    continue;
                }
                CommandInterface commandInterface = javaType.getAnnotation(CommandInterface.class);
                if (commandInterface == null || !javaType.isInterface()) {
                    continue;
                }
                Object reference = reference(beanManager, bean, javaType);
                Map<String, Object> names = byInterface.computeIfAbsent(commandInterface.value(), k -> new TreeMap<>());
                String className = bean.getBeanClass().getName();
                String offeredName = className;
                names.put(className, reference);
                for (Annotation qualifier : bean.getQualifiers()) {
                    if (qualifier instanceof CommandImplementation implementation) {
                        names.put(implementation.value(), reference);
                        if (offeredName.equals(className)) {
                            offeredName = implementation.value();
                        }
                    }
                }
                offered.computeIfAbsent(commandInterface.value(), k -> new TreeSet<>())
                        .add(offeredName);
            }
        }
        byInterface.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        offered.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return new CommandCatalog(Collections.unmodifiableMap(byInterface), Collections.unmodifiableMap(offered));
    }

    private static Object reference(BeanManager beanManager, Bean<?> bean, Type type) {
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return beanManager.getReference(bean, type, context);
    }

    Optional<Object> implementation(String interfaceName, String className) {
        return Optional.ofNullable(
                implementations.getOrDefault(interfaceName, Map.of()).get(className));
    }

    /** One class name per implementation of the interface, the one to offer an administrator; sorted. */
    Set<String> offeredNames(String interfaceName) {
        return offeredNames.getOrDefault(interfaceName, Set.of());
    }

    Set<String> interfaceNames() {
        return Collections.unmodifiableSet(new TreeSet<>(implementations.keySet()));
    }
}
