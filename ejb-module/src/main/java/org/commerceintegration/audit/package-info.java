/**
 * The audit trail: every state change made through the console or the API, with who, when, what, and the value
 * before and after.
 */
package org.commerceintegration.audit;
