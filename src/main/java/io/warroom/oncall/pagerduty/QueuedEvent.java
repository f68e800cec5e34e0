package io.warroom.oncall.pagerduty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A PagerDuty event as the outbox keeps it: the Events v2 body without routing_key, and the environment variable
 * holding the team's key (null: warroom.pagerduty.routing-key). The key itself is never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QueuedEvent(@JsonProperty("routing_key_env") String routingKeyEnv, ObjectNode event) {
}
