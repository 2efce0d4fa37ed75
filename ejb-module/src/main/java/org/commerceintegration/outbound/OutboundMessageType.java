package org.commerceintegration.outbound;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message-type entry of an {@link OutboundMessageComposer} bean, as a row of Commerce's {@code MSGTYPES} names an
 * outbound message: {@link #value()} is the {@code NAME} callers send by (e.g. {@code OrderCreateXMLFormat}), and the
 * annotated bean is its view. {@link MessageTypeRegistry} collects every such bean at start-up.
 */
@Documented
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface OutboundMessageType {

    /** The message type name ({@code MSGTYPES.NAME}); also the {@code CI_MessageType} JMS property. */
    String value();

    /** What the message is, for operators ({@code MSGTYPES.DESCRIPTION}). */
    @Nonbinding
    String description() default "";

    /** A literal, for programmatic lookup. */
    final class Literal extends AnnotationLiteral<OutboundMessageType> implements OutboundMessageType {

        private static final long serialVersionUID = 1L;

        private final String value;

        public Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }

        @Override
        public String description() {
            return "";
        }
    }
}
