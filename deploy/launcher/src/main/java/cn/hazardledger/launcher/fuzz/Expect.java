package cn.hazardledger.launcher.fuzz;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the server should answer to one hostile request.
 *
 * @param statuses     the acceptable error statuses
 * @param field        when not null, a 400 must be a validation problem whose {@code errors} name this field (a JSON
 *                     path of the body, or a query, path or header parameter's name); alternatives are separated by
 *                     '|' ({@code id|path}: a mis-encoded id may be named as such or as the malformed path)
 * @param harmlessRead a 2xx is acceptable when the request is a read: the mutation cannot make a read wrong, only
 *                     empty (see {@link Oracle})
 */
public record Expect(Set<Integer> statuses, String field, boolean harmlessRead) {

    public static Expect status(int... statuses) {
        Set<Integer> set = new TreeSet<>();
        for (int s : statuses) {
            set.add(s);
        }
        return new Expect(Set.copyOf(set), null, false);
    }

    /** 400 naming {@code field}. */
    public static Expect field(String field) {
        return new Expect(Set.of(400), field, false);
    }

    public Expect naming(String field) {
        return new Expect(statuses, field, harmlessRead);
    }

    /** A 400 may name any one of {@code fields}. */
    public Expect namingEither(String... fields) {
        return new Expect(statuses, String.join("|", fields), harmlessRead);
    }

    public Expect or(int... more) {
        Set<Integer> set = new TreeSet<>(statuses);
        for (int s : more) {
            set.add(s);
        }
        return new Expect(Set.copyOf(set), field, harmlessRead);
    }

    public Expect harmlessOnRead() {
        return new Expect(statuses, field, true);
    }

    @Override
    public String toString() {
        return new TreeSet<>(statuses) + (field == null ? "" : " naming " + field.replace("|", " or ")) + (harmlessRead ? " (or 2xx on read)" : "");
    }
}
