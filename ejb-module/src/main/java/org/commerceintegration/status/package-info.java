/**
 * The back end's view of orders: ORDSTAT / ORDISTAT and the OrderStatus command family that records it.
 */
package org.commerceintegration.status;
