/**
 * Jakarta REST resources of the JSON API ({@code /integration/api/...}): thin adapters over the EJB module's services.
 */
package org.commerceintegration.api;
