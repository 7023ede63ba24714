package org.pilotops.city.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;

/** The programme's reference data through the API: provinces, pilot cities, parks. */
class CitiesResourceIT {

    final Api api = Api.as("city-2");

    @Test
    void provincesAreTheThirtySevenProvincialUnits() {
        JsonArray provinces = (JsonArray) api.get("/api/v1/provinces").structure();
        assertEquals(37, provinces.getValuesAs(JsonObject.class).stream()
                .filter(p -> !Fixtures.madeByTest(p.getInt("id"))).count(), "beside the provinces other tests made");
        JsonObject jiangsu = provinces.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("id") == 320000).findFirst().orElseThrow();
        assertEquals("江苏省", jiangsu.getString("nameZh"));
        JsonObject qingdao = provinces.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("id") == 370200).findFirst().orElseThrow();
        assertEquals("SEPARATELY_PLANNED_CITY", qingdao.getString("kind"));
        assertEquals(370000, qingdao.getInt("parentId"));
    }

    @Test
    void zhangjiagangIsAFirstBatchCityWithItsParks() {
        JsonArray cities = (JsonArray) api.get("/api/v1/cities").structure();
        JsonObject zjg = cities.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("divisionCode").equals("320582")).findFirst().orElseThrow();
        assertEquals("张家港市", zjg.getString("nameZh"));
        assertEquals(320000, zjg.getInt("provinceId"));
        assertEquals(1, zjg.getInt("batch"));
        assertEquals("COUNTY", zjg.getString("level"));

        long id = zjg.getJsonNumber("id").longValue();
        assertEquals("320582", api.get("/api/v1/cities/" + id).json().getString("divisionCode"));
        JsonArray parks = (JsonArray) api.get("/api/v1/cities/" + id + "/parks").structure();
        assertTrue(parks.size() >= 2 && parks.size() <= 3, parks::toString);
        assertTrue(parks.getValuesAs(JsonObject.class).stream().anyMatch(p -> p.getBoolean("belowPatentDensityFloor")),
                "the demo data has a park below 48.4 in 张家港市");
        assertEquals("[\"PARK_BELOW_DENSITY_FLOOR\"]", zjg.getJsonArray("complianceFlags").toString(),
                "three parks, one below the floor; Jiangsu has two pilot cities");
    }

    @Test
    void unknownCityIsNotFound() {
        assertEquals(404, api.get("/api/v1/cities/999999").status());
        assertEquals(404, api.get("/api/v1/cities/999999/parks").status());
        assertEquals(404, api.get("/api/v1/cities/abc").status());
    }
}
