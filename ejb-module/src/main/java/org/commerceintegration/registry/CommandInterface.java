package org.commerceintegration.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the Commerce command interface ({@code CMDREG.INTERFACENAME}) that a Java command interface stands for,
 * e.g. {@code com.ibm.commerce.order.commands.OrderMessagingCmd}. The registry resolves a row of that interface to
 * a bean implementing the annotated Java interface.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CommandInterface {

    /** The fully qualified Commerce interface name, as stored in {@code CMDREG.INTERFACENAME}. */
    String value();
}
