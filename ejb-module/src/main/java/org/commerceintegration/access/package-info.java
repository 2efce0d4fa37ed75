/**
 * The application's roles, one definition for the EJB business methods ({@code @RolesAllowed}) and the web module's
 * REST resources, so that the layers cannot disagree on a name.
 */
package org.commerceintegration.access;
