package io.warroom.webapp.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Open action items per owner and how many of them are overdue; unowned items form one group (owner null). */
public final class OwnerLoad {

    public record Row(String owner, int open, int overdue) {
        public int onTime() {
            return open - overdue;
        }
    }

    private OwnerLoad() {
    }

    /** Most open items first, then by name, with the unowned group last among equals. */
    public static List<Row> of(List<OpenActionItem> items, LocalDate today) {
        Map<String, List<OpenActionItem>> byOwner = items.stream().collect(Collectors.groupingBy(
                item -> Objects.requireNonNullElse(item.owner(), ""), TreeMap::new, Collectors.toList()));
        return byOwner.entrySet().stream()
                .map(e -> new Row(e.getKey().isEmpty() ? null : e.getKey(), e.getValue().size(),
                        (int) e.getValue().stream().filter(item -> item.overdueOn(today)).count()))
                .sorted(Comparator.comparingInt(Row::open).reversed()
                        .thenComparing(row -> row.owner() == null)
                        .thenComparing(row -> Objects.requireNonNullElse(row.owner(), "")))
                .toList();
    }

    public static List<OpenActionItem> overdue(List<OpenActionItem> items, LocalDate today) {
        return items.stream().filter(item -> item.overdueOn(today))
                .sorted(Comparator.comparing(OpenActionItem::due).thenComparingLong(OpenActionItem::incidentNumber)
                        .thenComparingInt(OpenActionItem::number))
                .toList();
    }
}
