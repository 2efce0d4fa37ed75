/**
 * MicroProfile Health checks: {@code /health/live} and {@code /health/ready} (ready only when the database and the
 * messaging provider answer).
 */
package org.commerceintegration.health;
