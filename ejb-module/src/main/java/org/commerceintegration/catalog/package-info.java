/**
 * Catalog entries and their descriptions (Commerce tables CATENTRY, CATENTDESC), as order messages name products.
 */
package org.commerceintegration.catalog;
