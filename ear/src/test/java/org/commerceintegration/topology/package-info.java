/**
 * Tests of the production topology itself: two Liberty servers sharing PostgreSQL and an Artemis broker, started,
 * stopped and killed by the tests (no Arquillian: the servers run the application as the README installs it).
 */
package org.commerceintegration.topology;
