package cn.hazardledger.launcher.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Every mutation family the suite applies to every operation. To add one, add it to one of these lists. */
public final class Families {

    private Families() {
    }

    public static List<Family> all() {
        List<Family> all = new ArrayList<>();
        all.addAll(BodyFamilies.ALL);
        all.addAll(FormFamilies.ALL);
        all.addAll(ParameterFamilies.ALL);
        all.addAll(AuthFamilies.ALL);
        all.addAll(HttpFamilies.ALL);
        return List.copyOf(all);
    }
}
