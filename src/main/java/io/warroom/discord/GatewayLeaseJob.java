package io.warroom.discord;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Renews the Discord gateway lease on its holder, and tries to take it on the other replicas. */
@ApplicationScoped
class GatewayLeaseJob {

    @Inject
    GatewayLease lease;

    @Scheduled(every = "${discord.gateway-lease-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        lease.renew();
    }
}
