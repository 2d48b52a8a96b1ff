package cn.hazardledger.launcher.fuzz;

/**
 * The regions the suite acts in: the caller's township, a village of it (what a region-code field holds in a
 * valid request), a sibling township of the same county and a region in another province (both out of scope), and
 * the county, whose regulators take the steps only the county takes (listing for supervision, closing a major hazard).
 */
public record Scope(String township, String village, String siblingTownship, String foreignRegion, String county) {

    /**
     * Collections that are the same for every region: the national catalogue of determination standards, and the
     * routing rules (the shipped ones apply everywhere; a stored one of another region is not found). Reading
     * one of their items with a token of another region is answered as for anyone, and reveals nothing.
     */
    public static final java.util.Set<String> SHARED_COLLECTIONS = java.util.Set.of("/determination-standards",
            "/routing-rules");

    public static Scope demo() {
        return new Scope("500240213000", "500240213001", "500240214000", "110101000000", "500240000000");
    }
}
