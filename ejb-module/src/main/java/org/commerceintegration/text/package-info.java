/**
 * Text that comes from outside (message fields, login forms) made safe to write into logs and stored reasons.
 */
package org.commerceintegration.text;
