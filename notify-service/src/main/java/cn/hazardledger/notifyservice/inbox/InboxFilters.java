package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.QueryParams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Reads the inbox's filter parameters, each refusal a 400 naming its parameter. */
final class InboxFilters {

    private static final Set<String> SUBJECT_TYPES = Set.of("hazard", "task", "campaign-task", "bulletin");

    private InboxFilters() {
    }

    static InboxFilter of(String kind, String subjectType, String subjectId, String acknowledged, String from, String to) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (kind != null) {
            for (String k : kind.split(",", -1)) {
                kinds.add(QueryParams.enumValue(NotificationKind.class, k.strip(), "kind"));
            }
        }
        if (subjectType != null && !SUBJECT_TYPES.contains(subjectType)) {
            throw ProblemException.invalidField("subjectType", "must be one of " + SUBJECT_TYPES.stream().sorted().toList());
        }
        if (subjectId != null && (subjectId.isBlank() || subjectId.length() > 100)) {
            throw ProblemException.invalidField("subjectId", "must be 1 to 100 characters");
        }
        LocalDate fromDate = from == null ? null : QueryParams.date(from, "from");
        LocalDate toDate = to == null ? null : QueryParams.date(to, "to");
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalidField("to", "is before from");
        }
        return new InboxFilter(kinds, subjectType, subjectId,
                acknowledged == null ? null : QueryParams.flag(acknowledged, "acknowledged"),
                fromDate == null ? null : startOf(fromDate), toDate == null ? null : startOf(toDate.plusDays(1)));
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ChinaTime.ZONE).toInstant();
    }
}
