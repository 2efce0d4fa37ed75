/**
 * Find any message and follow its journey: one search over the inbound processing record
 * ({@code CI_INBOUND_MESSAGE}), the outbound sends ({@code CI_OUTBOUND_MESSAGE}) and the error queue
 * ({@link org.commerceintegration.messages.MessageSearch}), and a message's steps from its receipt through failure,
 * the error queue and an operator's replay to the replay's own outcome, linked both ways
 * ({@link org.commerceintegration.messages.MessageJourneys}). Read only; it depends on the features whose records it
 * reads (inbound, outbound, monitoring), none of them on it.
 */
package org.commerceintegration.messages;
