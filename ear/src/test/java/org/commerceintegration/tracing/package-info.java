/** In-server tests of tracing: spans exported by the server's own OpenTelemetry SDK to a receiver the test runs. */
package org.commerceintegration.tracing;
