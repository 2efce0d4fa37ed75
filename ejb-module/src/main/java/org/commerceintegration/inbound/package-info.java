/**
 * The inbound path: listeners on the serial and parallel queues, decoding, the mapper chain (legacy and XML), the
 * command run in a transaction of its own, the error queue for what cannot be applied, bounded redelivery for what
 * may succeed later, and the record of every message processed.
 */
package org.commerceintegration.inbound;
