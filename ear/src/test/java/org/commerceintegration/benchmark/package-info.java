/**
 * The benchmark: how much the application takes on the embedded defaults, measured beside baselines of the same
 * machine (raw Derby insert+commit, raw persistent put/get on the same messaging engine) so the figures hold across
 * machines as ratios.
 *
 * <p>Two halves. Inside the server (deployed in the test module): {@link org.commerceintegration.benchmark.BenchmarkServlet}
 * runs one scenario at a time ({@link org.commerceintegration.benchmark.Scenarios}) with the application's own JMS
 * connection factory, queues, data source and the local EJB {@code OrderProcess}, and reports its progress. Outside
 * (the test JVM): {@link org.commerceintegration.benchmark.BenchmarkIT} calls it per scenario, prints progress and a
 * table, and writes {@code target/benchmark/results.csv} and {@code chart.svg}
 * ({@link org.commerceintegration.benchmark.BenchmarkReport}). The scale is the system property
 * {@code benchmark.scale}: {@code smoke} (the test suite: the harness works, no speed asserted) or {@code full}
 * (profile {@code benchmark}).
 */
package org.commerceintegration.benchmark;
