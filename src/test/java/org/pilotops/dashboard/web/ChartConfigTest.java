package org.pilotops.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.rest.JsonFactory;

class ChartConfigTest {

    @Test
    void aNameCannotEndTheScriptItIsWrittenInto() {
        String name = "</script><script>alert('x')</script>&\"市";
        String json = ChartConfig.horizontalBar(List.of(name)).dataset("记录", List.of(3)).json();
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        JsonObject read = JsonFactory.reader(new StringReader(json)).readObject();
        assertEquals(name, read.getJsonObject("data").getJsonArray("labels").getString(0), "the label reads back unchanged");
        assertEquals("y", read.getJsonObject("options").getString("indexAxis"));
    }

    @Test
    void aFigureNotReportedIsAGapNotAZero() {
        String json = ChartConfig.line(List.of("2017", "2018", "2019")).dataset("指标",
                Arrays.asList(new BigDecimal("1.50"), null, 7L)).json();
        JsonObject dataset = JsonFactory.reader(new StringReader(json)).readObject().getJsonObject("data")
                .getJsonArray("datasets").getJsonObject(0);
        assertEquals(new BigDecimal("1.50"), dataset.getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        assertEquals(JsonValue.NULL, dataset.getJsonArray("data").get(1));
        assertEquals(7, dataset.getJsonArray("data").getInt(2));
    }

    @Test
    void ratesArePerCentUpToAHundredAndStackedBarsStack() {
        JsonObject percent = JsonFactory.reader(new StringReader(ChartConfig.bar(List.of("2019"), false).percent()
                .dataset("报送率", List.of(50)).json())).readObject();
        assertEquals(100, percent.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
        JsonObject stacked = JsonFactory.reader(new StringReader(ChartConfig.bar(List.of("2019"), true)
                .dataset("a", List.of(1)).dataset("b", List.of(2)).json())).readObject();
        JsonObject scales = stacked.getJsonObject("options").getJsonObject("scales");
        assertTrue(scales.getJsonObject("x").getBoolean("stacked") && scales.getJsonObject("y").getBoolean("stacked"));
        assertFalse(stacked.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("backgroundColor")
                .equals(stacked.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getString("backgroundColor")),
                "each dataset its own colour");
    }
}
