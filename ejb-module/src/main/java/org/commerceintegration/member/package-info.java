/**
 * Members' logons and addresses (Commerce tables USERREG, ADDRESS).
 */
package org.commerceintegration.member;
