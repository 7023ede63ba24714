package org.pilotops.dashboard.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.pilotops.platform.rest.JsonFactory;

/**
 * A Chart.js configuration as {@code p:chart} takes it (its {@code value}, raw JSON): a type, the labels
 * of one axis, datasets in a fixed palette, and the few options the dashboards use. A missing figure (not
 * reported) is a gap, never a 0. Built with JSON-P, so labels (names cities gave themselves) are escaped,
 * and safe inside the script element PrimeFaces writes it into.
 */
final class ChartConfig {

    /** Colours told apart in print and by most colour-blind readers (Okabe–Ito), one per dataset in turn. */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    private final String type;
    private final List<String> labels;
    private final JsonArrayBuilder datasets = JsonFactory.array();
    private int count;
    private boolean horizontal;
    private boolean stacked;
    private boolean percent;

    private ChartConfig(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    static ChartConfig bar(List<String> labels, boolean stacked) {
        ChartConfig chart = new ChartConfig("bar", labels);
        chart.stacked = stacked;
        return chart;
    }

    static ChartConfig horizontalBar(List<String> labels) {
        ChartConfig chart = new ChartConfig("bar", labels);
        chart.horizontal = true;
        return chart;
    }

    static ChartConfig line(List<String> labels) {
        return new ChartConfig("line", labels);
    }

    ChartConfig stacked() {
        stacked = true;
        return this;
    }

    /** Values are per cent, 0 to 100. */
    ChartConfig percent() {
        percent = true;
        return this;
    }

    ChartConfig dataset(String label, List<Number> values) {
        String colour = PALETTE.get(count++ % PALETTE.size());
        JsonArrayBuilder data = JsonFactory.array();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof BigDecimal decimal) {
                data.add(decimal);
            } else {
                data.add(value.longValue());
            }
        }
        datasets.add(JsonFactory.object().add("label", label).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("spanGaps", false));
        return this;
    }

    String json() {
        JsonArrayBuilder labelArray = JsonFactory.array();
        labels.forEach(labelArray::add);
        JsonObjectBuilder value = JsonFactory.object().add("beginAtZero", true);
        if (percent) {
            value.add("max", 100);
        }
        if (stacked) {
            value.add("stacked", true);
        }
        JsonObjectBuilder category = JsonFactory.object();
        if (stacked) {
            category.add("stacked", true);
        }
        JsonObjectBuilder scales = JsonFactory.object()
                .add(horizontal ? "x" : "y", value)
                .add(horizontal ? "y" : "x", category);
        JsonObjectBuilder options = JsonFactory.object()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add("plugins", JsonFactory.object().add("legend", JsonFactory.object().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        String json = JsonFactory.object().add("type", type)
                .add("data", JsonFactory.object().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
        // PrimeFaces writes the configuration into a <script> element as it is: a name holding "</script>"
        // would end it. Outside strings this JSON has no <, > or &; inside them the escapes mean the same.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
