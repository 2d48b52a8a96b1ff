package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.notifyservice.inbox.Recipient;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * Resolves a rule's audience against an occurrence. What an event does not name resolves to nobody (a hazard
 * with no enterprise has no enterprise to tell), never to a guess.
 */
final class Audiences {

    private Audiences() {
    }

    static List<Recipient> resolve(Rule rule, Occurrence o) {
        String region = o.regionCode();
        return switch (rule.audience()) {
            case ROLE -> List.of(new Recipient(rule.audienceRole(), level(rule).of(region),
                    rule.audienceParty() == null ? Recipient.ROLE_INBOX : rule.audienceParty()));
            case RESPONSIBLE_SIDE -> responsibleSide(o);
            case ENTERPRISE -> o.text("enterpriseCreditCode")
                    .map(code -> List.of(new Recipient(Roles.ENTERPRISE, region, code))).orElse(List.of());
            case LISTING_AUTHORITY -> listingAuthority(o);
            case ASSIGNEE -> assignee(o).map(List::of).orElse(List.of());
            case TASK_UNITS -> byName(Roles.UNIT, region, o.names("units"));
            case LEAD_LEADERS -> byName(Roles.LEADER, region, o.names("leaders"));
            case SUPERVISOR -> supervisors(o);
            case NEXT_LEVEL_UP -> nextLevelUp(o);
            case RECEIVING_SIDE -> receivingSide(o);
            case NOBODY -> List.of();
        };
    }

    private static RegionLevel level(Rule rule) {
        return rule.audienceLevel() == null ? RegionLevel.EVENT_REGION : rule.audienceLevel();
    }

    /** 整改责任方 of a hazard; for a task its assignee, for a campaign's task its units. */
    static List<Recipient> responsibleSide(Occurrence o) {
        JsonNode responsible = o.hazard().path("responsible");
        if (responsible.path("kind").isTextual() && responsible.path("code").isTextual()) {
            String code = responsible.path("code").asText();
            return switch (responsible.path("kind").asText()) {
                case "UNIT" -> List.of(new Recipient(Roles.UNIT, o.regionCode(), code));
                case "ENTERPRISE" -> List.of(new Recipient(Roles.ENTERPRISE, o.regionCode(), code));
                case "TOWNSHIP" -> List.of(new Recipient(Roles.TOWNSHIP, RegionLevel.TOWNSHIP.of(code)));
                default -> List.of();
            };
        }
        Optional<Recipient> assignee = assignee(o);
        if (assignee.isPresent()) {
            return List.of(assignee.get());
        }
        return byName(Roles.UNIT, o.regionCode(), o.names("units"));
    }

    /** A task's assignee: a unit's or an enterprise's own inbox, a township's office, or a role in the region. */
    static Optional<Recipient> assignee(Occurrence o) {
        Optional<String> role = o.text("assigneeRole");
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> code = o.text("assigneeCode");
        String region = o.regionCode();
        return Optional.of(switch (role.get()) {
            case Roles.UNIT, Roles.ENTERPRISE -> code.map(c -> new Recipient(role.get(), region, c))
                    .orElse(new Recipient(role.get(), region));
            case Roles.TOWNSHIP -> new Recipient(Roles.TOWNSHIP, RegionLevel.TOWNSHIP.of(region));
            default -> new Recipient(role.get(), region);
        });
    }

    /**
     * 督办: over a unit or an enterprise, the township's office of where the subject is; over a township, its
     * county's regulator; over a campaign's units, its lead leaders.
     */
    static List<Recipient> supervisors(Occurrence o) {
        if (!o.names("leaders").isEmpty() && o.text("assigneeRole").isEmpty()) {
            return byName(Roles.LEADER, o.regionCode(), o.names("leaders"));
        }
        return responsibleSide(o).stream().map(Audiences::supervisorOf).distinct().toList();
    }

    private static Recipient supervisorOf(Recipient side) {
        RegionCode region = RegionCode.of(side.regionCode());
        if (Roles.TOWNSHIP.equals(side.role()) || region.isCountyOrAbove()) {
            return new Recipient(Roles.REGULATOR, region.county().value());
        }
        return new Recipient(Roles.TOWNSHIP, region.township().value());
    }

    /** 约谈: the regulator one level above each supervisor. */
    static List<Recipient> nextLevelUp(Occurrence o) {
        return supervisors(o).stream()
                .map(s -> new Recipient(Roles.REGULATOR, RegionLevel.parentOf(s.regionCode())))
                .distinct().toList();
    }

    private static List<Recipient> listingAuthority(Occurrence o) {
        Optional<String> level = o.text("listingLevel");
        if (level.isEmpty()) {
            return List.of();
        }
        RegionLevel at = switch (level.get()) {
            case "PROVINCE" -> RegionLevel.PROVINCE;
            case "CITY" -> RegionLevel.CITY;
            default -> RegionLevel.COUNTY;
        };
        return List.of(new Recipient(Roles.REGULATOR, at.of(o.regionCode())));
    }

    /** The county pool's regulator, or the industry department's own inbox in the county. */
    private static List<Recipient> receivingSide(Occurrence o) {
        String to = o.text("to").orElse("");
        if ("COUNTY_POOL".equals(to)) {
            String pool = o.data().path("poolRegionCode").isTextual() ? o.data().path("poolRegionCode").asText()
                    : RegionLevel.COUNTY.of(o.regionCode());
            return List.of(new Recipient(Roles.REGULATOR, pool));
        }
        if ("INDUSTRY_DEPARTMENT".equals(to)) {
            return o.data().path("departmentCode").isTextual()
                    ? List.of(new Recipient(Roles.UNIT, RegionLevel.COUNTY.of(o.regionCode()),
                    o.data().path("departmentCode").asText()))
                    : List.of();
        }
        return List.of();
    }

    private static List<Recipient> byName(String role, String region, List<String> names) {
        return names.stream().map(name -> Recipient.named(role, region, name)).distinct().toList();
    }
}
