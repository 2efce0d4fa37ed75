package org.commerceintegration.registry;

import java.io.Serializable;
import java.util.Objects;

/**
 * Primary key of {@link CommandRegistration}: store and command interface.
 */
public class CommandRegistrationKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer storeId;
    private String interfaceName;

    public CommandRegistrationKey() {}

    public CommandRegistrationKey(Integer storeId, String interfaceName) {
        this.storeId = storeId;
        this.interfaceName = interfaceName;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public String getInterfaceName() {
        return interfaceName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandRegistrationKey other
                && Objects.equals(storeId, other.storeId)
                && Objects.equals(interfaceName, other.interfaceName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeId, interfaceName);
    }

    @Override
    public String toString() {
        return "storeId=" + storeId + ", " + "interfaceName=" + interfaceName;
    }
}
