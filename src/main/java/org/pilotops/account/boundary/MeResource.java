package org.pilotops.account.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;

/** {@code GET /api/v1/me}: who the credentials belong to and what they are bound to. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MeDto(String username, List<String> roles, Long cityId, Integer provinceId, Long agencyId) {
    }

    @Inject
    CurrentActor current;

    @GET
    public MeDto me() {
        Actor actor = current.get();
        return new MeDto(actor.username(), actor.roles().stream().map(Enum::name).sorted().toList(),
                actor.cityId(), actor.provinceId(), actor.agencyId());
    }
}
