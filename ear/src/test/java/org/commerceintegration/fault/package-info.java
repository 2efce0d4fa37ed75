/**
 * Fault tests: what happens when something breaks under load. One Liberty server of the production topology
 * (PostgreSQL, the Artemis broker) is killed, loses its broker or its database, or gets poison among good messages,
 * while the tests load it over JMS and count the outcome in the database and on the queues: every message applied
 * exactly once, every bad one on the error queue with its reason, nothing lost. JUnit tag {@code fault}: a failsafe
 * execution of their own runs them after the two-server tests.
 */
package org.commerceintegration.fault;
