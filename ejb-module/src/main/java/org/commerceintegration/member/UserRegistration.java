package org.commerceintegration.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered user's logon (Commerce table {@code USERREG}); {@code USERS_ID} is the member id.
 */
@Entity
@Table(name = "USERREG")
public class UserRegistration {

    @Id
    @Column(name = "USERS_ID", nullable = false)
    private Long memberId;

    @Column(name = "LOGONID", nullable = false, length = 254)
    private String logonId;

    @Column(name = "STATUS", nullable = false)
    private Integer status;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public UserRegistration() {}

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getLogonId() {
        return logonId;
    }

    public void setLogonId(String logonId) {
        this.logonId = logonId;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
