package org.commerceintegration.registry;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies a command bean with the {@code CMDREG.CLASSNAME} it answers to, typically a Commerce class name such as
 * {@code com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl}. A bean's own class name always works as well, so
 * a site's own command needs this qualifier only when it should answer to another name.
 *
 * <p>Command beans must be {@code @ApplicationScoped} (or stateless session beans): the registry keeps one
 * reference per bean.
 */
@Documented
@Qualifier
@Repeatable(CommandImplementation.List.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface CommandImplementation {

    /** The class name as an administrator writes it into {@code CMDREG.CLASSNAME}. */
    String value();

    /** Several names for one bean. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @interface List {
        CommandImplementation[] value();
    }

    /** A literal, for programmatic lookup. */
    final class Literal extends AnnotationLiteral<CommandImplementation> implements CommandImplementation {

        private static final long serialVersionUID = 1L;

        private final String value;

        public Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
