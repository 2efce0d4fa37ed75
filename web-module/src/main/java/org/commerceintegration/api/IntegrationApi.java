package org.commerceintegration.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /integration/api}. Every resource requires at least {@code integration-viewer};
 * state changes require {@code integration-operator} or {@code integration-admin}.
 */
@ApplicationPath("/api")
public class IntegrationApi extends Application {}
