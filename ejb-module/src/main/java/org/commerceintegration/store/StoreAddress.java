package org.commerceintegration.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A store's location or contact address (Commerce table {@code STADDRESS}); the merchant data of outbound orders.
 */
@Entity
@Table(name = "STADDRESS")
public class StoreAddress {

    @Id
    @Column(name = "STADDRESS_ID", nullable = false)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "NICKNAME", nullable = false, length = 254)
    private String nickname;

    @Column(name = "ADDRESS1", length = 256)
    private String address1;

    @Column(name = "ADDRESS2", length = 128)
    private String address2;

    @Column(name = "ADDRESS3", length = 64)
    private String address3;

    @Column(name = "CITY", length = 128)
    private String city;

    @Column(name = "STATE", length = 128)
    private String state;

    @Column(name = "COUNTRY", length = 128)
    private String country;

    @Column(name = "ZIPCODE", length = 40)
    private String zipCode;

    @Column(name = "PHONE1", length = 32)
    private String phone1;

    @Column(name = "PHONE2", length = 32)
    private String phone2;

    @Column(name = "FAX1", length = 32)
    private String fax1;

    @Column(name = "FAX2", length = 32)
    private String fax2;

    @Column(name = "EMAIL1", length = 256)
    private String email1;

    @Column(name = "EMAIL2", length = 256)
    private String email2;

    @Column(name = "LASTNAME", length = 128)
    private String lastName;

    @Column(name = "FIRSTNAME", length = 128)
    private String firstName;

    @Column(name = "MIDDLENAME", length = 128)
    private String middleName;

    @Column(name = "PERSONTITLE", length = 50)
    private String personTitle;

    @Column(name = "BUSINESSTITLE", length = 128)
    private String businessTitle;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public StoreAddress() {}

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getAddress1() {
        return address1;
    }

    public void setAddress1(String address1) {
        this.address1 = address1;
    }

    public String getAddress2() {
        return address2;
    }

    public String getAddress3() {
        return address3;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getZipCode() {
        return zipCode;
    }

    public void setZipCode(String zipCode) {
        this.zipCode = zipCode;
    }

    public String getPhone1() {
        return phone1;
    }

    public void setPhone1(String phone1) {
        this.phone1 = phone1;
    }

    public String getPhone2() {
        return phone2;
    }

    public String getFax1() {
        return fax1;
    }

    public String getFax2() {
        return fax2;
    }

    public String getEmail1() {
        return email1;
    }

    public void setEmail1(String email1) {
        this.email1 = email1;
    }

    public String getEmail2() {
        return email2;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getPersonTitle() {
        return personTitle;
    }

    public short getOptCounter() {
        return optCounter;
    }
}
