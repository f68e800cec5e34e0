package io.warroom.webapp.incidents;

import io.warroom.incident.Incident;
import io.warroom.incident.IncidentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The list page's query: open incidents first, then the rest, newest first within each; filters combine. */
@ApplicationScoped
public class IncidentSearch {

    @Inject
    EntityManager em;

    public List<Incident> find(ListFilter filter) {
        StringBuilder jpql = new StringBuilder("from Incident i where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter.status().ifPresent(s -> {
            jpql.append(" and i.status = :status");
            parameters.put("status", s);
        });
        filter.severity().ifPresent(s -> {
            jpql.append(" and i.severity = :severity");
            parameters.put("severity", s);
        });
        if (!filter.service().isEmpty()) {
            jpql.append(" and lower(i.service) = :service");
            parameters.put("service", filter.service().toLowerCase(Locale.ROOT));
        }
        if (!filter.q().isEmpty()) {
            jpql.append(" and lower(i.title) like :q escape '!'");
            parameters.put("q", "%" + likeEscaped(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        jpql.append(" order by case when i.status = :open then 0 else 1 end, i.number desc");
        parameters.put("open", IncidentStatus.OPEN);
        TypedQuery<Incident> query = em.createQuery(jpql.toString(), Incident.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(filter.limit()).getResultList();
    }

    /** A search for "50%" finds the text "50%", not every title with a 50 in it. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
