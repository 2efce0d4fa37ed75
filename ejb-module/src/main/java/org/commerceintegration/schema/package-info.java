/**
 * The database schema: versioned Liquibase changelogs applied at start-up, and the demo data.
 */
package org.commerceintegration.schema;
