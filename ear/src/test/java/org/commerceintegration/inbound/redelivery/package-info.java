/**
 * A test hook deployed only by the in-server tests, as a library jar in the EAR's {@code lib/} directory (so that
 * the EJB module's events reach it): {@link org.commerceintegration.inbound.redelivery.RollbackOnce} rolls back one
 * listener transaction after its message was applied, so that the provider really delivers the same message again.
 */
package org.commerceintegration.inbound.redelivery;
