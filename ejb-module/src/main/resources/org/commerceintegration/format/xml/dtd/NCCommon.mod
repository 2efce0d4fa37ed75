<!--
  NCCommon.mod - leaves shared by the NC/WCS order messages.
  Written for commerce-integration from the content models in wcs-order-messages.md, Appendix A.1.
  Every message DTD of this bundle pulls this module in through the parameter entity %NCCommon;.
  Report_NC_PO_10.dtd adds an optional currency attribute to ItemUnitPrice on its own side.
-->

<!-- Flag type kept for messages that use 0/1 switches. -->
<!ENTITY % boolean "(0 | 1)">

<!-- Name/value extension pairs. -->
<!ELEMENT UserData (UserDataField+)>
<!ELEMENT UserDataField (#PCDATA)>
<!ATTLIST UserDataField name CDATA #REQUIRED>

<!ELEMENT MerchantID (#PCDATA)>
<!ATTLIST MerchantID type CDATA #IMPLIED>

<!ELEMENT ProductNumberByMerchant (#PCDATA)>
<!ELEMENT Currency (#PCDATA)>
<!ELEMENT Quantity (#PCDATA)>
<!ELEMENT ItemUnitPrice (#PCDATA)>
