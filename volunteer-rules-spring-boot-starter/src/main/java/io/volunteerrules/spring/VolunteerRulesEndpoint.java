package io.volunteerrules.spring;

import io.volunteerrules.drools.LiveRules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

/**
 * {@code /actuator/volunteerrules}: {@code GET} names the live rule set; {@code POST} reloads the
 * rules directory through {@link LiveRules#reload()}, so the new set goes live only if it passes lint,
 * compiles and passes its own scenarios; otherwise the running set keeps serving and the answer (422)
 * lists why. Present only when a rules directory is served. Reading is allowed by default; reloading is
 * not until the application grants it ({@code management.endpoint.volunteerrules.access=unrestricted})
 * and exposes the endpoint ({@code management.endpoints.web.exposure.include=…,volunteerrules}).
 */
@WebEndpoint(id = VolunteerRulesEndpoint.ID, defaultAccess = Access.READ_ONLY)
public class VolunteerRulesEndpoint {

    /** The endpoint's id. */
    public static final String ID = "volunteerrules";

    private final LiveRules live;
    private final String source;

    public VolunteerRulesEndpoint(LiveRules live, String source) {
        this.live = live;
        this.source = source;
    }

    @ReadOperation
    public Map<String, Object> rules() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", live.version());
        body.put("source", source);
        body.put("rules", live.current().rules().names().size());
        return body;
    }

    @WriteOperation
    public WebEndpointResponse<LiveRules.Change> reload() {
        LiveRules.Change change = live.reload();
        return new WebEndpointResponse<>(change, change.accepted() ? WebEndpointResponse.STATUS_OK : 422);
    }
}
