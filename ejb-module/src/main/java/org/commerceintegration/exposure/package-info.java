/**
 * Whether this server may be reached from other machines: while any secret keeps the value it ships with, every
 * endpoint listens on loopback only, and a server configured to listen beyond loopback refuses to start until every
 * secret is set (the way RabbitMQ's {@code guest} user works only from localhost).
 */
package org.commerceintegration.exposure;
