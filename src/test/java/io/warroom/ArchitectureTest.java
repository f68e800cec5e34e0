package io.warroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * Dependencies point one way: the domain at the bottom, the chat platforms and the web at the top, each platform SDK
 * inside its adapter, and no two packages that need each other.
 */
@AnalyzeClasses(packages = "io.warroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Packages under io.warroom, bottom to top. A package may use the packages of lower tiers, never one of its own
     * tier or above. A parent package listed with a sub-package means only the parent's own classes.
     */
    private static final List<List<String>> TIERS = List.of(
            // The languages Warroom speaks, and how each writes times and durations.
            List.of("i18n"),
            // The Incident aggregate, its rules, services and repositories.
            List.of("incident"),
            // Shared by every feature: configuration, the platform-neutral reply, job leases.
            List.of("config", "reply", "jobs"),
            // The /incident grammar and executor (handlers plug in through CDI); the postmortem export.
            List.of("command", "postmortem"),
            // The handlers of the core verbs; the platform-neutral chat port and its outbox, which posts postmortems.
            List.of("command.handler", "chat"),
            // Alerts routed into rooms; on-call schedules and escalation, paging through chat and answering `oncall`.
            List.of("alert", "oncall"),
            // Built on those: alert intake, PagerDuty paging, rights by the on-call file, reminders, built-in
            // detection, action items filed in trackers; Warroom's own heartbeat and cluster gauges.
            List.of("alert.intake", "oncall.pagerduty", "access", "reminder", "monitor", "tracker", "health"),
            // Runbook actions, allowed by access rights.
            List.of("runbook"),
            // Entry points: each chat platform's adapter, the REST API, the web app's frame (login, sessions, CSRF,
            // layout). None sees another.
            List.of("slack", "discord", "web", "webapp"),
            // The web app's pages, each on the frame.
            List.of("webapp.incidents", "webapp.status", "webapp.reports", "webapp.admin"));

    @ArchTest
    static final ArchRule layers = layered(TIERS)
            // CommandExecutor finds every handler by CDI; naming one directly would bypass it.
            .whereLayer("command.handler").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.warroom.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule slackTypesStayInTheSlackAdapter = noClasses().that()
            .resideOutsideOfPackage("io.warroom.slack..").should().dependOnClassesThat()
            .resideInAPackage("com.slack..");

    @ArchTest
    static final ArchRule jdaTypesStayInTheDiscordAdapter = noClasses().that()
            .resideOutsideOfPackage("io.warroom.discord..").should().dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion..", "com.neovisionaries..");

    // The web app and Slack's and Discord's adapters take requests too; everything below them is free of HTTP.
    @ArchTest
    static final ArchRule httpTypesStayInTheEntryPoints = noClasses().that()
            .resideOutsideOfPackages("io.warroom.web..", "io.warroom.webapp..", "io.warroom.slack..",
                    "io.warroom.discord..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..");

    private static LayeredArchitecture layered(List<List<String>> tiers) {
        List<String> all = tiers.stream().flatMap(List::stream).toList();
        // A page package may not exist yet; it takes its place in the tiers when it does.
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture().withOptionalLayers(true);
        for (String layer : all) {
            boolean hasSubLayers = all.stream().anyMatch(other -> other.startsWith(layer + "."));
            architecture = architecture.layer(layer).definedBy("io.warroom." + layer + (hasSubLayers ? "" : ".."));
        }
        List<String> below = new ArrayList<>();
        for (List<String> tier : tiers) {
            for (String layer : tier) {
                architecture = below.isEmpty() ? architecture.whereLayer(layer).mayNotAccessAnyLayer()
                        : architecture.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(tier);
        }
        return architecture;
    }
}
