package org.commerceintegration.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures as a console table, CSV and an SVG bar chart (hand-written, no charting library): each
 * rate also as a ratio to the baselines measured in the same run (raw Derby insert+commit on one thread and on as
 * many threads as the parallel listener has consumers, raw persistent put+get), so it holds across machines.
 */
final class BenchmarkReport {

    /** Columns of the table and the CSV: figure name (as the server reports it) and heading. */
    private static final String[][] COLUMNS = {
        {"count", "count"},
        {"unit", "unit"},
        {"seconds", "s"},
        {"perSecond", "per s"},
        {"itemsPerSecond", "items/s"},
        {"vsDerby1", "/derby 1t"},
        {"vsDerby4", "/derby 4t"},
        {"vsPutGet", "/put+get"},
        {"cpuPercent", "CPU %"},
        {"cpuMsPerUnit", "CPU ms/unit"},
        {"peakHeapMb", "heap MB"},
        {"p50ms", "p50 ms"},
        {"p95ms", "p95 ms"},
        {"p99ms", "p99 ms"},
        {"note", "note"}
    };

    private final List<Map<String, String>> results;

    BenchmarkReport(
            List<Map<String, String>> results,
            Map<String, String> derby1,
            Map<String, String> derby4,
            Map<String, String> putGet) {
        this.results = results;
        double d1 = rate(derby1);
        double d4 = rate(derby4);
        double pg = rate(putGet);
        for (Map<String, String> result : results) {
            if (result.get("scenario").startsWith("inbound")
                    || result.get("scenario").startsWith("outbound")) {
                double rate = rate(result);
                result.put("vsDerby1", ratio(rate, d1));
                result.put("vsDerby4", ratio(rate, d4));
                result.put("vsPutGet", ratio(rate, pg));
            }
            if (result.containsKey("liveHeapQueuedMb")) {
                result.put(
                        "note",
                        "live heap " + result.get("liveHeapBeforeMb") + " MB empty, " + result.get("liveHeapQueuedMb")
                                + " MB queued");
            } else if (result.containsKey("records")) {
                result.put(
                        "note",
                        "among " + result.get("records") + " records"
                                + (result.containsKey("p95TargetMs")
                                        ? ", target p95 < " + result.get("p95TargetMs") + " ms"
                                        : ""));
            } else if (result.containsKey("rateAsked")) {
                result.put("note", "paced at " + result.get("rateAsked") + "/s");
            } else if (result.containsKey("processCallsPerSecond")) {
                result.put("note", "process() " + result.get("processCallsPerSecond") + "/s");
            } else if (result.containsKey("putPerSecond")) {
                result.put("note", "put " + result.get("putPerSecond") + "/s");
            }
        }
    }

    String table() {
        List<String[]> rows = new ArrayList<>();
        String[] heading = new String[COLUMNS.length + 1];
        heading[0] = "scenario";
        for (int i = 0; i < COLUMNS.length; i++) {
            heading[i + 1] = COLUMNS[i][1];
        }
        rows.add(heading);
        for (Map<String, String> result : results) {
            String[] row = new String[COLUMNS.length + 1];
            row[0] = result.get("scenario");
            for (int i = 0; i < COLUMNS.length; i++) {
                row[i + 1] = result.getOrDefault(COLUMNS[i][0], "");
            }
            rows.add(row);
        }
        int[] widths = new int[heading.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder("\n");
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < widths.length; i++) {
                String cell = rows.get(r)[i];
                line.append(' ')
                        .append(i == 0 || i == widths.length - 1 ? pad(cell, widths[i]) : padLeft(cell, widths[i]))
                        .append(" |");
            }
            table.append(line).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append("-".repeat(width + 2)).append('|');
                }
                table.append(rule).append('\n');
            }
        }
        return table.toString();
    }

    String csv() {
        StringBuilder csv = new StringBuilder("scenario");
        for (String[] column : COLUMNS) {
            csv.append(',').append(column[0]);
        }
        csv.append('\n');
        for (Map<String, String> result : results) {
            csv.append(quoted(result.get("scenario")));
            for (String[] column : COLUMNS) {
                csv.append(',').append(quoted(result.getOrDefault(column[0], "")));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Horizontal bars of the rates: baselines grey, the application's scenarios blue, the value at each bar's end. */
    String svg() {
        List<Map<String, String>> bars = new ArrayList<>();
        for (Map<String, String> result : results) {
            String scenario = result.get("scenario");
            if (scenario.startsWith("baseline") || scenario.startsWith("inbound") || scenario.startsWith("outbound")) {
                bars.add(result);
            }
        }
        double max = bars.stream().mapToDouble(BenchmarkReport::rate).max().orElse(1);
        int labelWidth = 330;
        int barWidth = 420;
        int rowHeight = 26;
        int top = 40;
        int width = labelWidth + barWidth + 130;
        int height = top + bars.size() * rowHeight + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">\n",
                width,
                height,
                width,
                height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">"
                + "commerce-integration benchmark: units per second (grey: baselines of the same run)</text>\n");
        for (int i = 0; i < bars.size(); i++) {
            Map<String, String> bar = bars.get(i);
            double rate = rate(bar);
            int y = top + i * rowHeight;
            int length = (int) Math.max(1, Math.round(barWidth * rate / max));
            boolean baseline = bar.get("scenario").startsWith("baseline");
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                    labelWidth - 8,
                    y + 15,
                    escape(bar.get("scenario"))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"%s\"/>\n",
                    labelWidth,
                    y + 2,
                    length,
                    baseline ? "#9e9e9e" : "#1f77b4"));
            String value = String.format(Locale.ROOT, "%,.0f %s/s", rate, bar.get("unit"))
                    + (bar.containsKey("vsDerby1") ? "  (" + bar.get("vsDerby1") + " of derby 1t)" : "");
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\">%s</text>\n",
                    labelWidth + length + 6,
                    y + 15,
                    escape(value)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"10\" y=\"%d\" fill=\"#555\">%s cores; figures from target/benchmark/results.csv</text>\n",
                height - 10,
                results.isEmpty() ? "?" : results.get(0).getOrDefault("cores", "?")));
        return svg.append("</svg>\n").toString();
    }

    private static double rate(Map<String, String> result) {
        return Double.parseDouble(result.get("perSecond"));
    }

    private static String ratio(double rate, double baseline) {
        return baseline <= 0 ? "" : String.format(Locale.ROOT, "%.3f", rate / baseline);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
