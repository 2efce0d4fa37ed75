package org.commerceintegration.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One row of the command registry (Commerce table {@code CMDREG}): which implementation class runs a command
 * interface for a store. Store {@code 0} is the site default; a row for the store itself wins over it.
 *
 * <p>Administrators change {@link #getClassName() CLASSNAME} directly with SQL, as the Commerce documentation tells
 * them to; {@link CommandRegistry} re-reads the table periodically so such a change needs no restart.
 */
@Entity
@Table(name = "CMDREG")
@IdClass(CommandRegistrationKey.class)
public class CommandRegistration {

    @Id
    @Column(name = "STOREENT_ID", nullable = false)
    private Integer storeId;

    @Id
    @Column(name = "INTERFACENAME", nullable = false, length = 254)
    private String interfaceName;

    @Column(name = "DESCRIPTION", length = 254)
    private String description;

    @Column(name = "CLASSNAME", length = 254)
    private String className;

    @Column(name = "PROPERTIES", length = 254)
    private String properties;

    @Column(name = "LASTUPDATE")
    private LocalDateTime lastUpdate;

    @Column(name = "TARGET", length = 16)
    private String target;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public CommandRegistration() {}

    public CommandRegistration(int storeId, String interfaceName, String className) {
        this.storeId = storeId;
        this.interfaceName = interfaceName;
        this.className = className;
        this.target = "Local";
        this.lastUpdate = LocalDateTime.now();
    }

    /** Points this registration at another implementation, as {@code UPDATE CMDREG SET CLASSNAME = ...} does. */
    public void switchTo(String newClassName) {
        this.className = newClassName;
        this.lastUpdate = LocalDateTime.now();
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public String getInterfaceName() {
        return interfaceName;
    }

    public String getDescription() {
        return description;
    }

    public String getClassName() {
        return className;
    }

    public LocalDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(LocalDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
