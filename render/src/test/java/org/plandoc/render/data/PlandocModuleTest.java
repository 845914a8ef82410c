package org.plandoc.render.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandoc.core.ParseResult;
import org.plandoc.core.Plan;
import org.plandoc.render.Fixtures;

/** The module in an application's own mapper, with the application's own types around plandoc's. */
class PlandocModuleTest {

    /** An application's record that stores a plan. */
    record Stored(String id, Plan plan, List<Plan> history) {
    }

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new PlandocModule()).build();

    @Test
    void aParseResultIsTheSameDocumentTheRendererWrites() throws Exception {
        ParseResult result = Fixtures.all().get(0).result();
        String json = MAPPER.writeValueAsString(result);
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(JsonRenderer.builder().build().render(result)));
        assertThat(MAPPER.readValue(json, ParseResult.class)).isEqualTo(result);
    }

    @Test
    void plansInsideAnApplicationsOwnTypesRoundTrip() throws Exception {
        ParseResult result = Fixtures.all().get(1).result();
        Stored stored = new Stored("a-1", result.plans().get(0), result.plans());
        String json = MAPPER.writeValueAsString(stored);
        assertThat(MAPPER.readTree(json).path("plan").path("sections").get(0).path("numbering").path("style").asText())
            .isEqualTo(result.plans().get(0).sections().get(0).numbering().style().id());
        assertThat(MAPPER.readValue(json, Stored.class)).isEqualTo(stored);
    }

    @Test
    void problemsNameTheLineAndTheFieldAndUnknownFieldsFollowTheMapper() throws Exception {
        String json = "{\"id\": \"a\",\n \"plan\": {\"title\": \"计划\",\n \"sections\": [{\"title\": 3}]}}";
        assertThatThrownBy(() -> MAPPER.readValue(json, Stored.class)).isInstanceOf(JsonMappingException.class)
            .hasMessageContaining("line 3: plan.sections[0].title: must be text, was the number 3");
        String extra = "{\"id\": \"a\", \"plan\": {\"title\": \"计划\", \"colour\": \"red\"}}";
        assertThatThrownBy(() -> MAPPER.readValue(extra, Stored.class)).hasMessageContaining("plan.colour: unknown field");
        ObjectMapper tolerant = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(tolerant.readValue(extra, Stored.class).plan().title()).isEqualTo("计划");
    }
}
