/**
 * The parts the tests outside Arquillian start, stop and kill themselves: Liberty servers running the application as
 * the README installs it ({@link org.commerceintegration.testsupport.standalone.LibertyNode}), the build's Artemis
 * broker process ({@link org.commerceintegration.testsupport.standalone.TestBroker}) and its PostgreSQL cluster
 * ({@link org.commerceintegration.testsupport.standalone.TestDatabase}). Shared by the topology and the fault tests;
 * a package of its own because {@code Deployments} adds the test support package (not its sub-packages) to every
 * in-server deployment, and these classes need the test JVM's JMS and JDBC clients.
 */
package org.commerceintegration.testsupport.standalone;
